export { createExportWatcher, type ExportWatcher, type ExportWatcherOptions, type WatchFs } from './exportWatcher';
// For the browser host's serve-web (scripts/web-watch.mjs), which runs this bundle: the page's
// calls are checked against the same contract the Electron preload and IPC dispatcher use.
export { parseInvokeInput } from '@shared/host/validate';
