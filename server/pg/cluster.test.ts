import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findPgBinDir } from './binaries';
import { startLocalCluster as start, type ClusterOptions, type LocalCluster } from './cluster';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaoer-cluster-'));
fs.chmodSync(tmp, 0o755);
const started: LocalCluster[] = [];
/** Every cluster a test starts is stopped at the end, even when the test failed half-way. */
const startLocalCluster = async (opts: ClusterOptions) => {
  const c = await start(opts);
  started.push(c);
  return c;
};
afterAll(async () => {
  for (const c of started) await c.stop('immediate').catch(() => {});
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function count(connection: pg.ClientConfig): Promise<number> {
  const client = new pg.Client({ ...connection, database: 'postgres' });
  await client.connect();
  try {
    await client.query('CREATE TABLE IF NOT EXISTS kept (n int)');
    await client.query('INSERT INTO kept VALUES (1)');
    return (await client.query('SELECT count(*)::int AS n FROM kept')).rows[0].n;
  } finally {
    await client.end();
  }
}

describe('the local PostgreSQL cluster the server runs without DATABASE_URL', () => {
  it('initialises once, joins a running cluster instead of starting another, and keeps its data over a stop and start', async () => {
    const dataDir = path.join(tmp, 'nested', 'pg');
    const first = await startLocalCluster({ dataDir, disposable: true });
    expect(first.startedHere).toBe(true);
    expect(await count(first.connection)).toBe(1);
    const joined = await startLocalCluster({ dataDir, disposable: true });
    expect(joined.startedHere).toBe(false);
    await first.stop('fast');
    const again = await startLocalCluster({ dataDir, disposable: true });
    expect(again.startedHere).toBe(true);
    expect(await count(again.connection)).toBe(2);
    await again.stop('immediate');
  }, 60_000);

  it('listens on a socket in a folder only its owner may enter, not on the network', async () => {
    const dataDir = path.join(tmp, 'sock', 'pg');
    const cluster = await startLocalCluster({ dataDir, disposable: true });
    try {
      expect(fs.statSync(cluster.connection.host).mode & 0o777).toBe(0o700);
      const client = new pg.Client({ ...cluster.connection, database: 'postgres' });
      await client.connect();
      const { rows } = await client.query("SELECT current_setting('listen_addresses') AS l");
      await client.end();
      expect(rows[0].l).toBe('');
    } finally {
      await cluster.stop('immediate');
    }
  }, 60_000);
});

describe('finding PostgreSQL’s programs', () => {
  it('takes the newest major version under /usr/lib/postgresql', () => {
    const root = path.join(tmp, 'lib');
    for (const major of ['13', '16', 'common']) {
      fs.mkdirSync(path.join(root, major, 'bin'), { recursive: true });
      for (const p of ['initdb', 'pg_ctl']) fs.writeFileSync(path.join(root, major, 'bin', p), '');
    }
    expect(findPgBinDir({}, root)).toBe(path.join(root, '16', 'bin'));
  });

  it('refuses an XIAOER_PG_BIN without the programs, naming it', () => {
    expect(() => findPgBinDir({ XIAOER_PG_BIN: tmp })).toThrow(/XIAOER_PG_BIN=.* has no initdb and pg_ctl/);
  });
});
