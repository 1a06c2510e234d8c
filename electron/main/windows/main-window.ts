import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window and its web preferences. The BrowserWindow constructor is passed in (tests give
 * a fake), but the options stay an inline literal at the `new BrowserWindow(...)` call so that
 * a reader — and Electronegativity, which reads exactly that call — sees every security switch.
 */

export interface MainWindowLike {
  readonly webContents: unknown;
}

export interface MainWindowDeps<W extends MainWindowLike> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  preloadPath: string;
  /** Window icon for Linux/Windows taskbars; undefined uses the executable's icon. */
  iconPath: string | undefined;
  title: string;
  /** False in the packaged app: no DevTools, so the store cannot be read around the audit. */
  devTools: boolean;
}

export function createMainWindow<W extends MainWindowLike>({ BrowserWindow, preloadPath, iconPath, title, devTools }: MainWindowDeps<W>): W {
  return new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title,
    icon: iconPath,
    // Shown on 'ready-to-show' so the agent never sees a white flash.
    show: false,
    backgroundColor: '#f5f6f8',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      devTools,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click (auxclick) could open links outside the window-open handler's sight.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      // Reminders must fire on time while the window is hidden in the tray.
      backgroundThrottling: false,
    },
  });
}
