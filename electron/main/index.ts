/**
 * Wiring only: every behaviour lives in a tested module beside this file; here they meet Electron.
 * Order matters in a few places and is commented where it does.
 */
import * as fsSync from 'node:fs';
import { appendFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { BrowserWindow, Menu, Notification, Tray, app, clipboard, dialog, globalShortcut, ipcMain, nativeImage, safeStorage, session, shell, utilityProcess } from 'electron';
import { backupHandlers } from '@shared/host/backupFiles';
import { createStoreKeyProvider, storeKeyHandlers } from '@shared/host/storeKey';
import { createKeychainVault } from './storeKey/keychainVault';
import type { TabTarget } from '@shared/schemas/tabs';
import { createBackupStore, type BackupFs } from './backup';
import { createFileHandlers } from './files';
import { createIngestService, createOutboxService, ingestPortFrom } from './ingest';
import { createPalette, type Palette } from './palette';
import { emitEvent, registerIpc } from './ipc';
import { createNoteJournalStore } from './noteJournal';
import { bringToFront, requestSingleInstance } from './lifecycle';
import { createElectronNotifications } from './notifications';
import { resolveAppPaths } from './paths';
import { createSyncService } from './sync';
import { createShopHost, utilitySpawn } from './shopHost';
import { createExportWatcher } from './watch';
import { createTrayController, initialTrayModel, type TrayController } from './tray';
import { createAppUrlMatcher, createCloseGuard, createMainWindow, guardDevTools, guardNavigation, installCsp, installPermissionHandlers, isAllowedExternalUrl, removeDefaultMenu } from './windows';

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
let paletteWindow: BrowserWindow | null = null;
let palette: Palette | null = null;

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
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, { isAppUrl, openExternal });
    guardDevTools(contents, app.isPackaged);
  });
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

  // The key contact secrets are sealed with in the store, wrapped by the OS keychain.
  const storeKey = createStoreKeyProvider(
    createKeychainVault(safeStorage, { readFile, writeFile: (path, data, options) => writeFile(path, data, options), rename }, join(app.getPath('userData'), 'store-key')),
    (n) => new Uint8Array(randomBytes(n)),
  );

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
  // The outbox for the shop's bridge shares the ingest port, token and guards (docs/ingest.md).
  const outbox = createOutboxService({ dir: join(app.getPath('userData'), 'ingest', 'outbox'), token: () => ingest.info().token, warn: (m) => console.warn(`[outbox] ${m}`) });
  const ingest = createIngestService({ dir: join(app.getPath('userData'), 'ingest'), port: ingestPortFrom(process.env), warn: (m) => console.warn(`[ingest] ${m}`), routes: (req, res, path) => outbox.handle(req, res, path) });
  app.on('before-quit', () => outbox.close());

  // The phrase palette over any window (companion mode): global hotkey, always on top.
  const paletteFile = join(app.getPath('userData'), 'palette.json');
  palette = createPalette({
    globalShortcut,
    createWindow: createPaletteWindow,
    clipboard,
    store: {
      read: () => { try { return (JSON.parse(fsSync.readFileSync(paletteFile, 'utf8')) as { accelerator?: string }).accelerator ?? null; } catch { return null; } },
      write: (accelerator) => fsSync.writeFileSync(paletteFile, JSON.stringify({ accelerator }), { mode: 0o600 }),
    },
    warn: (m) => console.warn(`[palette] ${m}`),
  });
  palette.start();
  app.on('will-quit', () => palette?.dispose());
  ingest.onAvailable(() => emitEvent(mainWindow?.webContents ?? null, 'ingest:available', {}));
  void ingest.start();
  app.on('before-quit', () => void ingest.stop());

  // Team sync: main does the HTTP and keeps the device's token; the renderer only sees pokes.
  const sync = createSyncService({ dir: join(app.getPath('userData'), 'sync'), warn: (m) => console.warn(`[sync] ${m}`) });
  sync.watch((poke) => emitEvent(mainWindow?.webContents ?? null, 'sync:poke', poke));
  app.on('before-quit', () => sync.close());

  // Host mode: the shop server (the bundle `npm run server` runs) as a child of this app, run by
  // Electron's utilityProcess (the RunAsNode fuse is off); stopped on quit (SIGTERM: it stops its
  // PostgreSQL too).
  const shopHost = createShopHost({
    // Packaged, the bundle sits beside app.asar (asarUnpack in electron-builder.yml).
    bundle: join(app.getAppPath().replace(/app\.asar$/, 'app.asar.unpacked'), 'out', 'server', 'index.mjs'),
    dataDir: join(app.getPath('userData'), 'shop-server'),
    execPath: process.execPath,
    env: { ...process.env },
    spawn: utilitySpawn((modulePath, args, options) => utilityProcess.fork(modulePath, args, options)),
    interfaces: networkInterfaces,
  });
  app.on('before-quit', () => void shopHost.stop());
  // The watched export folder: new platform exports downloaded there are offered for import.
  const watcher = createExportWatcher({ fs: { readdir, stat, readFile, writeFile: (path, data) => writeFile(path, data), mkdir }, dir: join(app.getPath('userData'), 'watch'), joinPath: join, warn: (m) => console.warn(`[watch] ${m}`) });
  void watcher.start();
  app.on('before-quit', () => watcher.close());

  registerIpc(ipcMain, {
    mainFrame: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null),
    otherFrames: () => (paletteWindow && !paletteWindow.isDestroyed() ? [paletteWindow.webContents.mainFrame] : []),
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
      ...storeKeyHandlers(storeKey),
      ...backupHandlers(backups),
      'ingest:info': () => ingest.info(),
      'ingest:pull': ({ afterSeq, journalId }) => ingest.pull(afterSeq, journalId),
      'ingest:regenerate-token': () => ingest.regenerateToken(),
      'sync:status': () => sync.status(),
      'sync:join': (input) => sync.join(input),
      'sync:leave': () => sync.leave(),
      'sync:push': ({ mutations }) => sync.push(mutations),
      'sync:pull': ({ cursor, limit }) => sync.pull(cursor, limit),
      'outbox:offer': ({ items }) => outbox.offer(items),
      'outbox:results': ({ afterSeq, journalId }) => outbox.results(afterSeq, journalId),
      'outbox:info': () => outbox.info(),
      'palette:status': () => palette?.status() ?? { accelerator: '', registered: false, error: null },
      'palette:set-hotkey': ({ accelerator }) => palette?.setHotkey(accelerator) ?? { accelerator, registered: false, error: null },
      'palette:copy': ({ text }) => palette?.copy(text) ?? { copied: false },
      'shopHost:status': () => shopHost.status(),
      'shopHost:start': ({ teamName }) => shopHost.start(teamName),
      'shopHost:stop': () => shopHost.stop(),
      'shopHost:new-code': () => shopHost.newCode(),
      'account:status': () => sync.account.status(),
      'account:signIn': (input) => sync.account.signIn(input),
      'account:signOut': () => sync.account.signOut(),
      'claims:take': (input) => sync.account.claim(input),
      'team:overview': () => sync.account.team(),
      'team:createAccount': (input) => sync.account.createAccount(input),
      'team:presence': ({ state }) => sync.account.presence(state),
      'team:reveals': ({ setRoles }) => sync.account.reveals(setRoles),
      'team:devices': () => sync.account.devices(),
      'team:revokeDevice': ({ deviceId }) => sync.account.revokeDevice(deviceId),
      'team:enrolCode': ({ ttlHours }) => sync.account.enrolCode(ttlHours),
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
      'outbox:settle': ({ journalId, upToSeq }) => outbox.settle(journalId, upToSeq),
      'palette:hide': () => palette?.hide(),
    },
  });

  removeDefaultMenu(Menu, app.isPackaged);
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
  const win = createMainWindow({ BrowserWindow, preloadPath: paths.preload, iconPath: paths.windowIcon, title: '小二工作台', devTools: !app.isPackaged });
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

/** The small always-on-top phrase palette: the same renderer, opened at #palette. */
function createPaletteWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 520,
    height: 380,
    show: false,
    frame: false,
    resizable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    title: '快捷短语',
    backgroundColor: '#ffffff',
    // Spelled out like the main window's (windows/main-window.ts), so Electronegativity reads
    // every switch at this call; DevTools off when packaged here too.
    webPreferences: {
      preload: paths.preload,
      devTools: !app.isPackaged,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  // Above full-screen workbenches too.
  win.setAlwaysOnTop(true, 'screen-saver');
  win.on('blur', () => palette?.hide());
  win.on('closed', () => { paletteWindow = null; });
  paletteWindow = win;
  if (paths.devServerUrl) void win.loadURL(`${paths.devServerUrl}#palette`);
  else void win.loadFile(paths.rendererIndex, { hash: 'palette' });
  return win;
}
