// One throw-away PostgreSQL for the whole server test run (DESIGN.md §5): initdb into a temp
// folder (as `postgres` via runuser when we are root), socket only, no fsync; each test file
// makes its own database in it (server/test/pg.ts). Removed when the run ends.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalCluster } from '../pg/cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pg: { host: string; port: number; user: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaoer-pg-test-'));
  // `postgres` must be able to walk into it.
  fs.chmodSync(tmp, 0o755);
  const cluster = await startLocalCluster({ dataDir: path.join(tmp, 'data'), disposable: true });
  project.provide('pg', cluster.connection);
  return async () => {
    await cluster.stop('immediate').catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  };
}
