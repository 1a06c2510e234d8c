import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../../../shared') } },
  build: { outDir: resolve(import.meta.dirname, '../../../test-results/bench-page'), emptyOutDir: true, target: 'chrome120' },
  logLevel: 'warn',
});
