export { createFileHandlers, decodeContent, MAX_OPEN_BYTES, type FileDeps } from './file-handlers';
