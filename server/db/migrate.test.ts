import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../test/pg';
import { checkNames, migrate, MIGRATIONS } from './migrate';

const opened: TestDatabase[] = [];
const empty = async () => {
  const db = await testDatabase({ migrated: false });
  opened.push(db);
  return db.pool;
};
afterAll(async () => {
  for (const db of opened) await db.pool.end();
});

const tables = async (pool: pg.Pool): Promise<string[]> =>
  (await pool.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")).rows.map((r) => r.table_name);

describe('the SQL migrations', () => {
  it('are embedded in order, numbers rising', () => {
    expect(MIGRATIONS.map((m) => m.name)).toEqual(['001_teams_devices', '002_sync', '003_mutation_marks', '004_accounts', '005_claims', '006_device_revoke', '007_reveal_policy']);
    expect(() => checkNames(MIGRATIONS)).not.toThrow();
  });

  it('apply all to an empty database, each recorded once', async () => {
    const pool = await empty();
    expect(await migrate(pool)).toEqual(['001_teams_devices', '002_sync', '003_mutation_marks', '004_accounts', '005_claims', '006_device_revoke', '007_reveal_policy']);
    expect(await tables(pool)).toEqual(['accounts', 'claims', 'conflicts', 'devices', 'enrol_codes', 'mutation_marks', 'mutations', 'presence', 'records', 'reveal_audit', 'schema_migrations', 'sessions', 'sign_in_failures', 'teams']);
  });

  it('change nothing on a restart (idempotent)', async () => {
    const pool = await empty();
    await migrate(pool);
    expect(await migrate(pool)).toEqual([]);
    expect((await pool.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n).toBe(MIGRATIONS.length);
  });

  it.each(MIGRATIONS.map((m, i) => [m.name, i] as const))('%s applies on top of the ones before it', async (_name, i) => {
    const pool = await empty();
    expect(await migrate(pool, MIGRATIONS.slice(0, i))).toHaveLength(i);
    expect(await migrate(pool)).toEqual([MIGRATIONS[i]?.name, ...MIGRATIONS.slice(i + 1).map((m) => m.name)]);
  });

  it('refuse to start when an applied migration was edited afterwards', async () => {
    const pool = await empty();
    await migrate(pool);
    const edited = MIGRATIONS.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    await expect(migrate(pool, edited)).rejects.toThrow(/001_teams_devices changed after it was applied/);
  });

  it('leave the database as it was when one fails (one transaction)', async () => {
    const pool = await empty();
    const broken = [...MIGRATIONS, { name: '999_broken', sql: 'CREATE TABLE fine (id int); SELECT no_such_function();' }];
    await expect(migrate(pool, broken)).rejects.toThrow(/no_such_function/);
    expect(await tables(pool)).toEqual([]);
  });

  it('refuse a repeated or falling number and a badly named file, and allow a gap (numbers handed out ahead)', () => {
    expect(() => checkNames([{ name: '001_a', sql: '' }, { name: '001_b', sql: '' }])).toThrow(/should be numbered above 001/);
    expect(() => checkNames([{ name: '002_a', sql: '' }, { name: '001_b', sql: '' }])).toThrow(/should be numbered above 002/);
    expect(() => checkNames([{ name: '1_a', sql: '' }])).toThrow(/should be named NNN_name/);
    expect(() => checkNames([{ name: '001_a', sql: '' }, { name: '003_b', sql: '' }])).not.toThrow();
  });

  it('let two servers start at once: one applies, the other waits and finds nothing to do', async () => {
    const pool = await empty();
    const [a, b] = await Promise.all([migrate(pool), migrate(pool)]);
    expect([...a, ...b].sort()).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('003 reads the number at the end of the mutation ids already kept, so they can be pruned too', async () => {
    const pool = await empty();
    await migrate(pool, MIGRATIONS.filter((m) => m.name < '003'));
    await pool.query("INSERT INTO teams (id, name) VALUES ('t1', '小二旗舰店')");
    await pool.query("INSERT INTO devices (id, team_id, name, token_hash) VALUES ('d1', 't1', 'PC', '\\x00')");
    for (const id of ['01JSTORE.41', 'b007', 'no-number']) {
      await pool.query("INSERT INTO mutations (device_id, mutation_id, team_id, tbl, record_id, result, pc_at) VALUES ('d1', $1, 't1', 'tickets', 'x', '{}', 0)", [id]);
    }
    await migrate(pool, MIGRATIONS.filter((m) => m.name <= '003_mutation_marks'));
    const rows = (await pool.query('SELECT mutation_id, prefix, seq FROM mutations ORDER BY mutation_id')).rows;
    expect(rows).toEqual([
      { mutation_id: '01JSTORE.41', prefix: '01JSTORE.', seq: 41 },
      { mutation_id: 'b007', prefix: 'b00', seq: 7 },
      { mutation_id: 'no-number', prefix: null, seq: null },
    ]);
  });
});
