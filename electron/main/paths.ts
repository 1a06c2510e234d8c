import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where things are at run time. Packaged: out/ sits inside app.asar and the tray icons are
 * copied to resources/tray by electron-builder (extraResources). Unpackaged: everything is read
 * from the project folder.
 */
export interface PathInputs {
  isPackaged: boolean;
  /** __dirname of the built main bundle: <app>/out/main. */
  mainDir: string;
  resourcesPath: string;
  appPath: string;
  env: Record<string, string | undefined>;
}

export interface AppPaths {
  preload: string;
  rendererIndex: string;
  rendererDirUrl: string;
  /** Dev server URL; never honoured in a packaged app, where an env var must not redirect the window. */
  devServerUrl: string | null;
  trayDir: string;
  windowIcon: string;
}

export function resolveAppPaths(p: PathInputs): AppPaths {
  const rendererDir = join(p.mainDir, '..', 'renderer');
  const dev = !p.isPackaged ? p.env['ELECTRON_RENDERER_URL'] ?? null : null;
  return {
    preload: join(p.mainDir, '..', 'preload', 'index.js'),
    rendererIndex: join(rendererDir, 'index.html'),
    rendererDirUrl: pathToFileURL(rendererDir).href,
    devServerUrl: dev && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?/.test(dev) ? dev : null,
    trayDir: p.isPackaged ? join(p.resourcesPath, 'tray') : join(p.appPath, 'build', 'tray'),
    windowIcon: p.isPackaged ? join(p.resourcesPath, 'icon.png') : join(p.appPath, 'build', 'icon.png'),
  };
}
