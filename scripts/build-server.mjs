// Bundles the shop server (server/index.ts, its SQL migrations and the shared merge rules) into
// out/server/index.mjs: plain `node` runs it, no TypeScript loader and no new dependency.
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** `outDir` defaults to out/server; tests build into a temp dir of their own. */
export async function buildServer(outDir = resolve(root, 'out/server')) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    // Everything in one file (pg included), so the bundle runs from any folder with plain node.
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, 'server/index.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      // pg's optional native binding is only loaded if asked for (pg.native); we never ask.
      rollupOptions: { external: ['pg-native'], output: { format: 'es', entryFileNames: 'index.mjs' } },
    },
  });
  return resolve(outDir, 'index.mjs');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`built ${await buildServer()}`);
