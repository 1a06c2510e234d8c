// Bundles one plain-Node module of electron/main (no Electron inside) into out/<name>/index.mjs,
// so the browser host's serve-web runs the very same code as Electron main: the ingest
// endpoint (build-ingest.mjs) and the team-sync client (web-sync.mjs). The shop server
// (build-server.mjs) is bundled the same way. Everything goes in one file (dependencies included),
// so the bundle runs from any folder with plain node.
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * `entry` relative to the project (e.g. electron/main/sync/index.ts); `outDir` defaults to out/<name>;
 * `external`: modules left out of the bundle (only ever optional ones nobody loads).
 */
export async function buildMainModule(name, entry, outDir = resolve(root, 'out', name), { external = [] } = {}) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { external, output: { format: 'es', entryFileNames: 'index.mjs' } },
    },
  });
  return resolve(outDir, 'index.mjs');
}
