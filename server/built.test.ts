// The built one-file server (out/server/index.mjs, what `npm run server` runs) as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult, PushResponse, SyncMutation } from '@shared/schemas/sync';
import { parseEnrolCode, pinMatches } from '@shared/domain/team/enrolCode';
import { createEnrolCode, enrol, type Enrolment } from './enrol/enrol';
import { loadOrCreateCertificate } from './tls/certificate';
import { testDatabase, type TestDatabase } from './test/pg';
import { ticketFields } from './test/records';

/**
 * The built server (the same bundle `npm run server` runs) is killed with SIGKILL in the
 * middle of pushes, 20 times. The PC resends whatever was not answered, with the same
 * mutation ids. Nothing the server answered may be lost, and nothing may be applied twice.
 */
const BUILDER = '../scripts/build-server.mjs';
const KILLS = 20;

let tmp: string;
let bundle: string;
let db: TestDatabase;
let pc: Enrolment;
/** Two ports: the next server starts on the free one while the current one serves. */
let ports: [number, number];
/** The server the PC talks to, and a standby already starting so a kill is not followed by a cold start. */
let child: { proc: ChildProcess; port: number } | null = null;
let standby: Promise<{ proc: ChildProcess; port: number }> | null = null;

beforeAll(async () => {
  tmp = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-server-kill-'));
  const { buildServer } = (await import(BUILDER)) as { buildServer: (outDir: string) => Promise<string> };
  bundle = await buildServer(join(tmp, 'bundle'));
  db = await testDatabase();
  const made = await enrol(db.pool, (await createEnrolCode(db.pool, 'kill-team', 60_000)).code, 'kill PC');
  if (!made) throw new Error('enrolment failed');
  pc = made;
  ports = [await freePort(), await freePort()];
}, 60_000);
afterAll(async () => {
  child?.proc.kill('SIGKILL');
  (await standby?.catch(() => null))?.proc.kill('SIGKILL');
  await db.pool.end();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as net.AddressInfo;
      s.close(() => resolve(p));
    });
  });
}

/** Starts the bundle as a plain node process on DATABASE_URL and resolves once it listens. */
function startServer(port: number): Promise<{ proc: ChildProcess; port: number }> {
  const proc = spawn(process.execPath, [bundle, 'serve'], {
    env: { ...process.env, DATABASE_URL: db.url, XIAOER_SERVER_HOST: '127.0.0.1', XIAOER_SERVER_PORT: String(port), XIAOER_SERVER_PLAIN_HTTP: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('"msg":"listening"')) resolve({ proc, port });
    });
    let err = '';
    proc.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${out} ${err}`)));
  });
}

async function kill(proc: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGKILL');
  await exited;
}

/** How many of the batch's mutations are recorded (committed). */
async function recorded(batch: SyncMutation[]): Promise<number> {
  const { rowCount } = await db.pool.query('SELECT 1 FROM mutations WHERE device_id = $1 AND mutation_id = ANY($2::text[])', [pc.deviceId, batch.map((m) => m.mutationId)]);
  return rowCount ?? 0;
}

/** Open transactions in the test database other than the asker's, and whether each waits for a lock. */
async function otherTransactions(): Promise<{ waiting: boolean }[]> {
  const { rows } = await db.pool.query<{ waiting: boolean }>(
    "SELECT (wait_event_type = 'Lock' AND wait_event = 'relation') AS waiting FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
  );
  return rows;
}

/**
 * Holds a lock that lets a push run up to recording its mutations and stop there: its records
 * are written, nothing is committed. Killing the server now is a kill in mid-transaction.
 */
async function holdMutationsTable(): Promise<{ release(): Promise<void> }> {
  const client = await db.pool.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE mutations IN SHARE MODE');
  return {
    async release() {
      await client.query('COMMIT');
      client.release();
    },
  };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function pushOnce(mutations: SyncMutation[]): Promise<PushResponse | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${child?.port}/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${pc.token}` },
      body: JSON.stringify({ team: pc.team.id, mutations }),
    });
    if (res.status !== 200) return null;
    return (await res.json()) as PushResponse;
  } catch {
    return null; // the server died under us: no answer
  }
}

describe('the built server killed with SIGKILL in the middle of pushes', () => {
  it(`loses nothing it acknowledged and applies nothing twice (${KILLS} kills)`, async () => {
    const answers = new Map<string, MutationResult>();
    const sent = new Set<string>();
    let n = 0;
    /** A batch of new tickets and edits of earlier ones, all with ids never sent before. */
    const nextBatch = (): SyncMutation[] =>
      Array.from({ length: 25 }, () => {
        n += 1;
        const edit = n > 50 && n % 3 === 0;
        const id = edit ? `k${n - 50}` : `k${n}`;
        return { mutationId: `km${n}`, deviceId: pc.deviceId, agentId: 'ag1', table: 'tickets', id, op: 'put', fields: edit ? { summary: `第${n}次改` } : ticketFields(), baseVersion: 0, at: Date.now() };
      });

    child = await startServer(ports[0]);
    standby = startServer(ports[1]);
    let kills = 0;
    let batch = nextBatch();
    const outcomes = { midTransaction: 0, afterCommit: 0, answered: 0 };
    for (let round = 0; kills < KILLS; round++) {
      for (const m of batch) sent.add(m.mutationId);
      // Every other push runs undisturbed; the others are killed, alternately in the middle of
      // their transaction and right after COMMIT with the answer lost.
      const mode = round % 2 === 0 ? 'answered' : kills % 2 === 0 ? 'midTransaction' : 'afterCommit';
      const blocker = mode === 'midTransaction' ? await holdMutationsTable() : null;
      const pushing = pushOnce(batch);
      if (mode !== 'answered') {
        if (blocker) await waitUntil(async () => (await otherTransactions()).some((t) => t.waiting));
        else await waitUntil(async () => (await recorded(batch)) > 0);
        const dying = child;
        // The standby takes over the moment the server dies (two servers on one database are fine).
        child = await standby;
        await kill(dying.proc);
        standby = startServer(dying.port);
        kills += 1;
        await blocker?.release();
        await pushing;
        // The killed transaction is over (rolled back or committed) before we look.
        await waitUntil(async () => (await otherTransactions()).length === 0);
        expect(await recorded(batch), mode).toBe(mode === 'midTransaction' ? 0 : batch.length);
        outcomes[mode] += 1;
        continue; // the PC resends the same batch, same mutation ids
      }
      const answer = await pushing;
      if (!answer) throw new Error('an undisturbed push went unanswered');
      outcomes.answered += 1;
      answer.results.forEach(({ result }) => {
        const first = answers.get(result.mutationId);
        expect(first ?? result, `${result.mutationId} answered the same every time`).toEqual(result);
        answers.set(result.mutationId, result);
      });
      batch = nextBatch();
    }
    // The PC keeps resending what was not answered; in the end everything is.
    for (let answer = await pushOnce(batch); ; answer = await pushOnce(batch)) {
      if (!answer) continue;
      for (const { result } of answer.results) {
        expect(answers.get(result.mutationId) ?? result).toEqual(result);
        answers.set(result.mutationId, result);
      }
      break;
    }
    const rest = [...sent].filter((id) => !answers.has(id));
    expect(rest).toEqual([]);
    await kill(child.proc);
    await kill((await standby).proc);
    child = null;
    standby = null;

    const stored = (await db.pool.query<{ mutation_id: string; result: MutationResult }>('SELECT mutation_id, result FROM mutations WHERE device_id = $1', [pc.deviceId])).rows;
    expect(stored).toHaveLength(sent.size);
    for (const row of stored) expect(row.result).toEqual(answers.get(row.mutation_id));

    const applied = [...answers.values()].filter((r) => r.status === 'applied' && r.version !== null);
    const team = (await db.pool.query<{ version: number }>('SELECT version FROM teams WHERE id = $1', [pc.team.id])).rows[0];
    // One version per applied write: a write applied twice would have taken two.
    expect(team?.version).toBe(applied.length);
    const versions = applied.map((r) => (r.status === 'applied' ? r.version : null));
    expect(new Set(versions).size).toBe(versions.length);
    const records = (await db.pool.query<{ id: string; version: number; fields: { summary: string } }>("SELECT id, version, fields FROM records WHERE team_id = $1 AND tbl = 'tickets'", [pc.team.id])).rows;
    const creates = [...sent].filter((id) => !(Number(id.slice(2)) > 50 && Number(id.slice(2)) % 3 === 0));
    expect(records).toHaveLength(creates.length);
    // Each record holds its last acknowledged write: same version, same summary.
    const lastWrite = new Map<string, { version: number; summary: unknown }>();
    for (let i = 1; i <= n; i++) {
      const id = i > 50 && i % 3 === 0 ? `k${i - 50}` : `k${i}`;
      const result = answers.get(`km${i}`);
      if (result?.status === 'applied' && result.version !== null && (lastWrite.get(id)?.version ?? 0) < result.version)
        lastWrite.set(id, { version: result.version, summary: i > 50 && i % 3 === 0 ? `第${i}次改` : '线头多' });
    }
    expect(Object.fromEntries(records.map((r) => [r.id, { version: r.version, summary: r.fields.summary }]))).toEqual(Object.fromEntries(lastWrite));
    console.log(`kill test: ${kills} kills (${outcomes.midTransaction} mid-transaction, ${outcomes.afterCommit} after COMMIT), ${sent.size} mutations, ${applied.length} applied`);
  }, 90_000);
});

describe('the built server’s command line', () => {
  it('makes a one-time enrolment code for a team that enrols one PC', async () => {
    const tlsDir = join(tmp, 'tls');
    const cli = spawn(process.execPath, [bundle, 'enroll-code', '--team', '命令行店', '--ttl-hours', '1'], { env: { ...process.env, DATABASE_URL: db.url, XIAOER_SERVER_TLS_DIR: tlsDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    cli.stderr?.on('data', (c: Buffer) => (text += c.toString()));
    const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
    expect(code).toBe(0);
    const typed = /: ((?:[0-9A-Z]{4}-){7}[0-9A-Z]{4})\n/.exec(text)?.[1];
    expect(typed).toBeDefined();
    // The code names the certificate the server made in its folder on first use.
    const parsed = parseEnrolCode(typed as string);
    expect(pinMatches(parsed?.pin ?? '', loadOrCreateCertificate(tlsDir).fingerprint)).toBe(true);
    expect(await enrol(db.pool, typed as string, 'PC')).toMatchObject({ team: { name: '命令行店' } });
    expect(await enrol(db.pool, typed as string, 'PC')).toBeNull();
  }, 30_000);

  it('refuses enroll-code without a team', async () => {
    const cli = spawn(process.execPath, [bundle, 'enroll-code'], { env: { ...process.env, DATABASE_URL: db.url, XIAOER_SERVER_TLS_DIR: join(tmp, 'tls') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    cli.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    expect(await new Promise((resolve) => cli.once('exit', resolve))).toBe(1);
    expect(out).toMatch(/usage: enroll-code --team <name>/);
  }, 30_000);
});
