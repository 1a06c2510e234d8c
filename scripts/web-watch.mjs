// The browser host's watched export folder: runs the SAME module as Electron main
// (electron/main/watch, bundled by build-main-module.mjs) and lets the page call it same-origin
// under /__host/watch/*, checked against the same host contract.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildMainModule } from './build-main-module.mjs';
import { hostRoutes } from './web-host-routes.mjs';

const PREFIX = '/__host/watch/';

export const buildWatch = (outDir) => buildMainModule('watch', 'electron/main/watch/index.ts', outDir);

const CALLS = {
  'GET status': { channel: 'watch:status', run: (w) => w.status() },
  'POST set-folder': { channel: 'watch:set-folder', run: (w, input) => w.setFolder(input.folder) },
  'POST read': { channel: 'watch:read', run: (w, input) => w.read(input.id) },
  'POST dismiss': { channel: 'watch:dismiss', run: (w, input) => w.dismiss(input.id) },
};

export async function startWebWatch({ dataDir = process.env.XIAOER_DATA_DIR ?? path.join(os.homedir(), '.xiaoer-desk', 'browser-host'), pollMs, stableMs } = {}) {
  const mod = await import(pathToFileURL(await buildWatch()).href);
  const watcher = mod.createExportWatcher({ fs, dir: path.join(dataDir, 'watch'), joinPath: path.join, pollMs, stableMs, warn: (m) => console.warn(`[watch] ${m}`) });
  await watcher.start();

  /** Handles /__host/watch/* for the web server on `port`; false for any other path. */
  const handle = hostRoutes({ prefix: PREFIX, calls: CALLS, mod, target: () => watcher });
  return { watcher, handle, close: () => watcher.close() };
}
