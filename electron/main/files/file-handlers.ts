import { randomUUID } from 'node:crypto';
import type { InvokeInput, InvokeOutput } from '@shared/host/contract';
import { textPiece } from '@shared/lib/utf8';

/**
 * The file:save and file:open invoke handlers. The agent always picks the path in a native
 * dialog — the renderer can suggest a name but never choose where bytes land or which file is read.
 */

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export interface FileDeps {
  showSaveDialog(options: { defaultPath: string; filters: DialogFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: { properties: Array<'openFile'>; filters: DialogFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  fileSize(path: string): Promise<number>;
  /** Up to `length` bytes of the file from `offset` (fewer at its end). */
  readRange(path: string, offset: number, length: number): Promise<Uint8Array>;
  /** Adds bytes at the end of the file (creating it). */
  appendFile(path: string, data: Uint8Array): Promise<void>;
  /** Replaces `to` with `from` in one step (same folder, so a rename). */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; no error when it is already gone. */
  removeFile(path: string): Promise<void>;
  /** Folder the save dialog starts in (the user's Downloads). */
  defaultDir: string;
  joinPath(dir: string, name: string): string;
  baseName(path: string): string;
}

/** Imports are order/CSV/XLSX exports; anything bigger is a wrong pick and would choke IPC. */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Node's base64 decoder silently skips junk; refuse it instead of writing a corrupt file. */
export function decodeContent(content: string, base64: boolean): Uint8Array {
  if (!base64) return Buffer.from(content, 'utf8');
  const compact = content.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw new Error('content: not valid base64');
  return Buffer.from(compact, 'base64');
}

const extensionOf = (name: string): string | null => {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1]!.toLowerCase() : null;
};

export function createFileHandlers(deps: FileDeps) {
  /** Files picked to be read in pieces: the renderer holds a random handle, never the path. */
  const picked = new Map<string, string>();
  /** Files being saved in pieces: the renderer holds a random handle, never the path. */
  const saving = new Map<string, { path: string; temp: string; bytes: number }>();
  const savingFor = (handle: string) => {
    const s = saving.get(handle);
    if (!s) throw new Error('that file is no longer being saved; export again');
    return s;
  };
  const ask = async (extensions: string[]): Promise<string | null> => {
    const choice = await deps.showOpenDialog({
      properties: ['openFile'],
      filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
    });
    const path = choice.filePaths[0];
    return choice.canceled || !path ? null : path;
  };
  return {
    async save(input: InvokeInput<'file:save'>): Promise<InvokeOutput<'file:save'>> {
      // Decode before asking: a broken payload should fail without a pointless dialog.
      const bytes = decodeContent(input.content, input.base64);
      const ext = extensionOf(input.suggestedName);
      const filters = ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [];
      const choice = await deps.showSaveDialog({ defaultPath: deps.joinPath(deps.defaultDir, input.suggestedName), filters });
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await deps.writeFile(choice.filePath, bytes);
      return { saved: true, path: choice.filePath };
    },
    /** Asks where to save first; the pieces go to a temp file beside the chosen one. */
    async saveBegin(input: InvokeInput<'file:save-begin'>): Promise<InvokeOutput<'file:save-begin'>> {
      const ext = extensionOf(input.suggestedName);
      const filters = ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [];
      const choice = await deps.showSaveDialog({ defaultPath: deps.joinPath(deps.defaultDir, input.suggestedName), filters });
      if (choice.canceled || !choice.filePath) return null;
      const handle = randomUUID();
      const temp = `${choice.filePath}.${handle}.part`;
      await deps.writeFile(temp, new Uint8Array());
      saving.set(handle, { path: choice.filePath, temp, bytes: 0 });
      return { handle };
    },
    async saveAppend(input: InvokeInput<'file:save-append'>): Promise<InvokeOutput<'file:save-append'>> {
      const s = savingFor(input.handle);
      const bytes = Buffer.from(input.chunk, 'utf8');
      await deps.appendFile(s.temp, bytes);
      s.bytes += bytes.length;
      return { handle: input.handle };
    },
    /** The chosen file appears whole or not at all: an existing file there is replaced only now. */
    async saveCommit(input: InvokeInput<'file:save-commit'>): Promise<InvokeOutput<'file:save-commit'>> {
      const s = savingFor(input.handle);
      saving.delete(input.handle);
      try {
        await deps.rename(s.temp, s.path);
      } catch (e) {
        await deps.removeFile(s.temp).catch(() => undefined);
        throw e;
      }
      return { sizeBytes: s.bytes };
    },
    async saveAbort(input: InvokeInput<'file:save-abort'>): Promise<InvokeOutput<'file:save-abort'>> {
      const s = saving.get(input.handle);
      saving.delete(input.handle);
      if (s) await deps.removeFile(s.temp);
      return { handle: input.handle };
    },
    async open(input: InvokeInput<'file:open'>): Promise<InvokeOutput<'file:open'>> {
      const path = await ask(input.extensions);
      if (!path) return null;
      if ((await deps.fileSize(path)) > MAX_OPEN_BYTES) throw new Error(`file is larger than ${MAX_OPEN_BYTES / 1024 / 1024} MB`);
      const bytes = await deps.readFile(path);
      return { name: deps.baseName(path), base64: Buffer.from(bytes).toString('base64') };
    },
    async pick(input: InvokeInput<'file:pick'>): Promise<InvokeOutput<'file:pick'>> {
      const path = await ask(input.extensions);
      if (!path) return null;
      const handle = randomUUID();
      picked.set(handle, path);
      return { handle, name: deps.baseName(path), sizeBytes: await deps.fileSize(path) };
    },
    async readChunk(input: InvokeInput<'file:read-chunk'>): Promise<InvokeOutput<'file:read-chunk'>> {
      const path = picked.get(input.handle);
      if (!path) throw new Error('that file is no longer open; pick it again');
      const sizeBytes = await deps.fileSize(path);
      return textPiece(await deps.readRange(path, input.offset, Math.max(0, Math.min(input.length, sizeBytes - input.offset))), input.offset, sizeBytes);
    },
  };
}
