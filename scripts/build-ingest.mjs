// Bundles electron/main/ingest (plain Node, no Electron) into out/ingest/index.mjs, so the
// browser host's serve-web runs the very same ingest server, journal and token code as Electron.
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** `outDir` defaults to out/ingest; tests build into a temp dir of their own. */
export async function buildIngest(outDir = resolve(root, 'out/ingest')) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, 'electron/main/ingest/index.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'index.mjs' } },
    },
  });
  return resolve(outDir, 'index.mjs');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`built ${await buildIngest()}`);
