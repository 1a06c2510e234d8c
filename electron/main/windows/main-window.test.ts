import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow } from './main-window';

class FakeWindow {
  static last: BrowserWindowConstructorOptions | null = null;
  readonly webContents = {};
  constructor(options: BrowserWindowConstructorOptions) {
    FakeWindow.last = options;
  }
}

describe('createMainWindow', () => {
  it('creates the window isolated, sandboxed, without Node and with our preload', () => {
    createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/app/out/preload/index.js', iconPath: '/app/build/icon.png', title: '小二工作台', devTools: false });
    expect(FakeWindow.last?.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      devTools: false,
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
    });
    expect(FakeWindow.last?.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('starts hidden so it is shown only once painted', () => {
    createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/p.js', iconPath: undefined, title: 't', devTools: true });
    expect(FakeWindow.last).toMatchObject({ show: false, title: 't' });
  });
});
