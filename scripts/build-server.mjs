// Bundles the shop server (server/index.ts, its SQL migrations and the shared merge rules) into
// out/server/index.mjs: plain `node` runs it, no TypeScript loader and no new dependency.
import { resolve } from 'node:path';
import { buildMainModule } from './build-main-module.mjs';

const root = resolve(import.meta.dirname, '..');

/** `outDir` defaults to out/server; tests build into a temp dir of their own. */
export function buildServer(outDir = resolve(root, 'out/server')) {
  // pg's optional native binding is only loaded if asked for (pg.native); we never ask.
  return buildMainModule('server', 'server/index.ts', outDir, { external: ['pg-native'] });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`built ${await buildServer()}`);
