// Bundles electron/main/ingest (plain Node, no Electron) into out/ingest/index.mjs, so the
// browser host's serve-web runs the very same ingest server, journal and token code as Electron.
import { buildMainModule } from './build-main-module.mjs';

/** `outDir` defaults to out/ingest; tests build into a temp dir of their own. */
export const buildIngest = (outDir) => buildMainModule('ingest', 'electron/main/ingest/index.ts', outDir);

if (import.meta.url === `file://${process.argv[1]}`) console.log(`built ${await buildIngest()}`);
