// Bundles electron/main/ingest (plain Node, no Electron) into out/ingest/index.mjs, so the
// browser host's serve-web runs the very same ingest server, journal and token code as Electron.
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

export async function buildIngest() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, 'electron/main/ingest/index.ts'),
      outDir: resolve(root, 'out/ingest'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'index.mjs' } },
    },
  });
  return resolve(root, 'out/ingest/index.mjs');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`built ${await buildIngest()}`);
