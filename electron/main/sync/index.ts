export { createSyncService, type SyncService, type SyncServiceOptions } from './service';
export { loadCredentials, type SyncCredentials } from './credentials';
// For the browser host's serve-web (scripts/web-sync.mjs), which runs this bundle: the page's
// calls are checked against the same contract the Electron preload and IPC dispatcher use.
export { parseInvokeInput } from '@shared/host/validate';
