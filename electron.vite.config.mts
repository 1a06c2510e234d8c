import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.shared.mts';

// Resolved here, not imported: electron-vite bundles this config, which moves import.meta.dirname.
const sharedAlias = { '@shared': resolve(import.meta.dirname, 'shared') };

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: { outDir: 'out/main', rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } } },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle zod and the contract into it.
      externalizeDeps: false,
      // Sandboxed preloads must be CommonJS.
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    ...rendererConfig(resolve(import.meta.dirname, 'out/renderer')),
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: { alias: sharedAlias },
    build: { ...rendererConfig(resolve(import.meta.dirname, 'out/renderer')).build, rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') } },
  },
});
