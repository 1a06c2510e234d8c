/**
 * Wiring only: every behaviour lives in a tested module beside this file; here they meet Electron.
 * Order matters in a few places and is commented where it does.
 */
import * as fsSync from 'node:fs';
import { appendFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BrowserWindow, Menu, Notification, Tray, app, dialog, ipcMain, nativeImage, session, shell } from 'electron';
import { backupHandlers } from '@shared/host/backupFiles';
import type { TabTarget } from '@shared/schemas/tabs';
import { createBackupStore, type BackupFs } from './backup';
import { createFileHandlers } from './files';
import { createIngestService, ingestPortFrom } from './ingest';
import { emitEvent, registerIpc } from './ipc';
import { createNoteJournalStore } from './noteJournal';
import { bringToFront, requestSingleInstance } from './lifecycle';
import { createElectronNotifications } from './notifications';
import { resolveAppPaths } from './paths';
import { createSyncService } from './sync';
import { createExportWatcher } from './watch';
import { createTrayController, initialTrayModel, type TrayController } from './tray';
import { createAppUrlMatcher, createCloseGuard, createMainWindow, guardNavigation, installCsp, installPermissionHandlers, isAllowedExternalUrl } from './windows';

const APP_ID = 'com.xiaoerdesk.app';

const paths = resolveAppPaths({
  isPackaged: app.isPackaged,
  mainDir: __dirname,
  resourcesPath: process.resourcesPath,
  appPath: app.getAppPath(),
  env: process.env,
});
const isAppUrl = createAppUrlMatcher({ rendererDirUrl: paths.rendererDirUrl, devServerUrl: paths.devServerUrl });
const closeGuard = createCloseGuard();
let mainWindow: BrowserWindow | null = null;
let tray: Tray | null = null;
let trayController: TrayController | null = null;

const openExternal = (url: string): void => {
  // Checked again here, not only by callers: this is the last gate before the OS.
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
};

// Every renderer runs sandboxed, including any we did not create ourselves. Must precede 'ready'.
app.enableSandbox();

// Must run before 'ready': a second copy quits here without opening anything.
if (requestSingleInstance(app, () => mainWindow)) {
  // Windows shows toasts only for apps with an AppUserModelID matching the installer's shortcut.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  // Hardening for every webContents, present and future (devtools, any stray popup).
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, { isAppUrl, openExternal }));
  app.on('before-quit', () => closeGuard.markQuitting());
  // With hide-to-tray this only happens while quitting; never keep a windowless process around.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(start);
}

function showWindow(): void {
  bringToFront(mainWindow);
}

function navigate(target: TabTarget): void {
  emitEvent(mainWindow?.webContents ?? null, 'console:navigate', target);
}

function start(): void {
  installCsp(session.defaultSession);
  installPermissionHandlers(session.defaultSession, isAppUrl);

  const scheduler = createElectronNotifications({
    Notification,
    onClick: (target) => {
      showWindow();
      navigate(target);
    },
  });
  const files = createFileHandlers({
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
    writeFile: (path, data) => writeFile(path, data),
    readFile: (path) => readFile(path),
    fileSize: async (path) => (await stat(path)).size,
    readRange: async (path, offset, length) => {
      const handle = await open(path, 'r');
      try {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    appendFile: (path, data) => appendFile(path, data),
    rename: (from, to) => rename(from, to),
    removeFile: (path) => rm(path, { force: true }),
    defaultDir: app.getPath('downloads'),
    joinPath: join,
    baseName: basename,
  });

  // The notes crash journal: a file per note being typed, outside the renderer's own storage.
  const journal = createNoteJournalStore({ fs: fsSync, dir: join(app.getPath('userData'), 'journal'), joinPath: join, warn: (m) => console.warn(`[journal] ${m}`) });

  // Rotating backups of the store, beside the journal and outside the Chromium profile.
  const backups = createBackupStore({
    fs: { mkdir, open, rename, readFile, readdir, stat, rm } as unknown as BackupFs,
    dir: join(app.getPath('userData'), 'backups'),
    joinPath: join,
    now: () => Date.now(),
    warn: (m) => console.warn(`[backup] ${m}`),
  });

  // The loopback ingest endpoint keeps accepting ERP events while the window is hidden or
  // reloading: they wait in its journal until the renderer pulls and acks them.
  const ingest = createIngestService({ dir: join(app.getPath('userData'), 'ingest'), port: ingestPortFrom(process.env), warn: (m) => console.warn(`[ingest] ${m}`) });
  ingest.onAvailable(() => emitEvent(mainWindow?.webContents ?? null, 'ingest:available', {}));
  void ingest.start();
  app.on('before-quit', () => void ingest.stop());

  // Team sync: main does the HTTP and keeps the device's token; the renderer only sees pokes.
  const sync = createSyncService({ dir: join(app.getPath('userData'), 'sync'), warn: (m) => console.warn(`[sync] ${m}`) });
  sync.watch((poke) => emitEvent(mainWindow?.webContents ?? null, 'sync:poke', poke));
  app.on('before-quit', () => sync.close());

  // The watched export folder: new platform exports downloaded there are offered for import.
  const watcher = createExportWatcher({ fs: { readdir, stat, readFile, writeFile: (path, data) => writeFile(path, data), mkdir }, dir: join(app.getPath('userData'), 'watch'), joinPath: join, warn: (m) => console.warn(`[watch] ${m}`) });
  void watcher.start();
  app.on('before-quit', () => watcher.close());

  registerIpc(ipcMain, {
    mainFrame: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null),
    isAppUrl,
    warn: (message) => console.warn(`[ipc] ${message}`),
    invoke: {
      'app:info': () => ({ host: 'electron', version: app.getVersion(), platform: process.platform }),
      'file:save': (input) => files.save(input),
      'file:open': (input) => files.open(input),
      'file:pick': (input) => files.pick(input),
      'file:read-chunk': (input) => files.readChunk(input),
      'file:save-begin': (input) => files.saveBegin(input),
      'file:save-append': (input) => files.saveAppend(input),
      'file:save-commit': (input) => files.saveCommit(input),
      'file:save-abort': (input) => files.saveAbort(input),
      'shell:open-external': async ({ url }) => {
        if (!isAllowedExternalUrl(url)) return { opened: false };
        await shell.openExternal(url);
        return { opened: true };
      },
      'noteJournal:read': () => ({ entries: journal.read() }),
      ...backupHandlers(backups),
      'ingest:info': () => ingest.info(),
      'ingest:pull': ({ afterSeq, journalId }) => ingest.pull(afterSeq, journalId),
      'ingest:regenerate-token': () => ingest.regenerateToken(),
      'sync:status': () => sync.status(),
      'sync:join': (input) => sync.join(input),
      'sync:leave': () => sync.leave(),
      'sync:push': ({ mutations }) => sync.push(mutations),
      'sync:pull': ({ cursor, limit }) => sync.pull(cursor, limit),
      'watch:status': () => watcher.status(),
      'watch:set-folder': ({ folder }) => watcher.setFolder(folder),
      'watch:read': ({ id }) => watcher.read(id),
      'watch:dismiss': ({ id }) => watcher.dismiss(id),
    },
    send: {
      'tray:summary': (summary) => trayController?.update(summary),
      'notify:show': (request) => scheduler.show(request),
      'notify:ack': ({ key }) => scheduler.ack(key),
      'window:attention': () => {
        if (!mainWindow || mainWindow.isDestroyed() || mainWindow.isFocused()) return;
        mainWindow.flashFrame(true);
        mainWindow.once('focus', () => mainWindow?.flashFrame(false));
      },
      'noteJournal:write': (entry) => journal.write(entry),
      'noteJournal:clear': ({ noteId, match }) => journal.clear(noteId, match),
      'ingest:ack': ({ journalId, upToSeq }) => ingest.ack(journalId, upToSeq),
    },
  });

  createTray();
  createWindow();
  app.on('before-quit', () => scheduler.dispose());
}

function createTray(): void {
  const image = (name: string) => nativeImage.createFromPath(join(paths.trayDir, name));
  tray = new Tray(image('tray-idle.png'));
  trayController = createTrayController({
    tray,
    images: { idle: image('tray-idle.png'), attention: image('tray-attention.png') },
    buildMenu: (template) => Menu.buildFromTemplate(template),
    navigate,
    open: showWindow,
    quit: () => {
      closeGuard.markQuitting();
      app.quit();
    },
  });
  // Chinese first: the renderer replaces these with the agent's language on its first summary.
  trayController.apply(initialTrayModel({ tooltip: '小二工作台 Xiaoer Desk', open: '打开小二工作台', quit: '退出' }));
  tray.on('click', showWindow);
}

function createWindow(): void {
  const win = createMainWindow({ BrowserWindow, preloadPath: paths.preload, iconPath: paths.windowIcon, title: '小二工作台' });
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    if (closeGuard.onClose()) {
      event.preventDefault();
      win.hide();
    }
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  if (paths.devServerUrl) void win.loadURL(paths.devServerUrl);
  else void win.loadFile(paths.rendererIndex);
}
