import type { InvokeOutput } from '@shared/host/contract';
import type { InvokeHandlers } from '@shared/host/dispatch';
import { routeJson } from './routeJson';

/**
 * The browser host's watched export folder: same-origin calls to the serve-web routes
 * (scripts/web-watch.mjs) that run the same watcher module as Electron main
 * (electron/main/watch) — rather than the File System Access API, which would be a second
 * watcher written for the browser and never the code the product ships. Answers are checked
 * against the contract by the shared dispatch, like every other host answer.
 */
const BASE = '/__host/watch/';

type WatchChannel = 'watch:status' | 'watch:set-folder' | 'watch:read' | 'watch:dismiss';

const call = (win: Window, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> =>
  routeJson(win, BASE + path, { method, cache: 'no-store', headers: { 'Content-Type': 'application/json' }, ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}) }, path, 'the browser host');

/** The watch:* rows of the browser host's handler table. */
export function watchHandlers(win: Window): Pick<InvokeHandlers, WatchChannel> {
  return {
    'watch:status': async () => (await call(win, 'GET', 'status')) as InvokeOutput<'watch:status'>,
    'watch:set-folder': async (input) => (await call(win, 'POST', 'set-folder', input)) as InvokeOutput<'watch:set-folder'>,
    'watch:read': async (input) => (await call(win, 'POST', 'read', input)) as InvokeOutput<'watch:read'>,
    'watch:dismiss': async (input) => (await call(win, 'POST', 'dismiss', input)) as InvokeOutput<'watch:dismiss'>,
  };
}
