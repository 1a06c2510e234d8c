import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/** Settings shared by the web build (browser host) and electron-vite's renderer build. */
export const rendererRoot = resolve(import.meta.dirname);
export const sharedAlias = { '@shared': resolve(import.meta.dirname, '../shared') };

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
    resolve: { alias: sharedAlias },
    build: { outDir, emptyOutDir: true, target: 'chrome120', chunkSizeWarningLimit: 2000 },
  };
}
