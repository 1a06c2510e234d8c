import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from './paths';

const base = { mainDir: '/app/out/main', resourcesPath: '/opt/x/resources', appPath: '/app', env: {} };

describe('resolveAppPaths', () => {
  it('points at the built preload and renderer beside the main bundle', () => {
    const p = resolveAppPaths({ ...base, isPackaged: false });
    expect(p.preload).toBe('/app/out/preload/index.js');
    expect(p.rendererIndex).toBe('/app/out/renderer/index.html');
    expect(p.rendererDirUrl).toBe('file:///app/out/renderer');
    expect(p.trayDir).toBe('/app/build/tray');
  });

  it('reads tray icons from resources when packaged', () => {
    const p = resolveAppPaths({ ...base, isPackaged: true });
    expect(p.trayDir).toBe('/opt/x/resources/tray');
    expect(p.windowIcon).toBe('/opt/x/resources/icon.png');
  });

  it('uses a loopback dev server URL only when unpackaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(resolveAppPaths({ ...base, isPackaged: false, env }).devServerUrl).toBe('http://localhost:5173');
    expect(resolveAppPaths({ ...base, isPackaged: true, env }).devServerUrl).toBeNull();
    expect(resolveAppPaths({ ...base, isPackaged: false, env: { ELECTRON_RENDERER_URL: 'https://evil.example' } }).devServerUrl).toBeNull();
  });
});
