// Shop server benchmark (figures only, never pass/fail): the built server on its own PostgreSQL
// (fsync on, as in a shop), 20 simulated PCs pushing small batches as fast as they are answered
// for a while, each also listening to the live poke and pulling on it, as the PC client will.
// Reports sustained pushes/s and mutations/s, push latency, and push→visible latency: from
// sending a push to another PC holding its rows (poke, then pull).
// Its figures also go to test-results/bench/figures/server.json, where `npm run bench` (part
// `server`) puts them into test-results/bench/summary.md.
//   node server/bench/pushes.mjs [--pcs 20] [--seconds 15] [--batch 5]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import { join, resolve } from 'node:path';
import { buildServer } from '../../scripts/build-server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const PCS = arg('pcs', 20);
const SECONDS = arg('seconds', 15);
const BATCH = arg('batch', 5);

const tmp = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-bench-server-'));
fs.chmodSync(tmp, 0o755);
const bundle = await buildServer(join(tmp, 'bundle'));
const port = await new Promise((ok) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => ok(p));
  });
});
const env = { ...process.env, XIAOER_SERVER_DATA: resolve(tmp, 'pg'), XIAOER_SERVER_PORT: String(port), XIAOER_SERVER_HOST: '127.0.0.1' };
delete env.DATABASE_URL;
const base = `http://127.0.0.1:${port}`;

// Codes first (this also initialises the cluster; the server then starts it again).
const codes = await new Promise((ok, fail) => {
  const cli = spawn(process.execPath, [bundle, 'enroll-code', '--team', 'bench', '--count', String(PCS)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let text = '';
  cli.stderr.on('data', (c) => (text += c));
  cli.on('exit', (code) => (code === 0 ? ok([...text.matchAll(/: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\n/g)].map((m) => m[1])) : fail(new Error(text))));
});
const server = spawn(process.execPath, [bundle, 'serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
let requests = 0;
await new Promise((ok) => {
  let out = '';
  server.stdout.on('data', (c) => {
    out += c;
    if (out.includes('"msg":"listening"')) ok();
    requests += (String(c).match(/"msg":"request"/g) ?? []).length;
  });
});

const post = async (path, body, token) => {
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path} ${res.status} ${await res.text()}`);
  return res.json();
};
const pcs = [];
for (const code of codes) pcs.push(await post('/v1/enroll', { code, name: `bench ${pcs.length}` }));
const team = pcs[0].team.id;

const now = () => performance.now();
const sentAt = new Map(); // version → { at, by }
const visible = []; // push→visible ms, one per (push, other PC)
const pushMs = [];
let mutations = 0;
let stop = false;

/** Each PC: one event stream; on a poke beyond its cursor it pulls to the head and notes when each version became visible. */
async function listen(pc, index) {
  const ctrl = new AbortController();
  pc.close = () => ctrl.abort();
  pc.cursor = 0;
  let pulling = false;
  let wanted = 0;
  const pullToHead = async () => {
    if (pulling) return;
    pulling = true;
    try {
      while (wanted > pc.cursor) {
        for (;;) {
          const res = await fetch(`${base}/v1/sync/pull?team=${team}&cursor=${pc.cursor}&limit=1000`, { headers: { authorization: `Bearer ${pc.token}` } });
          const page = await res.json();
          const t = now();
          for (const row of page.rows) {
            const sent = sentAt.get(row.version);
            if (sent && sent.by !== index) visible.push(t - sent.at);
          }
          pc.cursor = page.cursor;
          if (!page.more) break;
        }
      }
    } finally {
      pulling = false;
    }
  };
  const res = await fetch(`${base}/v1/sync/events?team=${team}`, { headers: { authorization: `Bearer ${pc.token}` }, signal: ctrl.signal });
  const decoder = new TextDecoder();
  let buf = '';
  (async () => {
    try {
      for await (const chunk of res.body) {
        buf += decoder.decode(chunk, { stream: true });
        let cut;
        while ((cut = buf.indexOf('\n\n')) >= 0) {
          const data = /^data: (.*)$/m.exec(buf.slice(0, cut))?.[1];
          buf = buf.slice(cut + 2);
          if (data) {
            wanted = Math.max(wanted, JSON.parse(data).version);
            void pullToHead();
          }
        }
      }
    } catch {
      // closed at the end
    }
  })();
}

let seq = 0;
async function pushLoop(pc, index) {
  while (!stop) {
    const batch = Array.from({ length: BATCH }, () => {
      seq += 1;
      const id = `t${seq % 2000}`;
      return {
        mutationId: `b${seq}`, deviceId: pc.deviceId, agentId: `ag${index}`, table: 'tickets', id, op: 'put', baseVersion: 0, at: Date.now(),
        fields: { updatedAt: Date.now(), updatedBy: `ag${index}`, type: 'quality', shopId: 's1', orderId: null, buyerId: 'b1', status: 'open', step: 'soothe', dueAt: Date.now(), summary: `第${seq}次`, trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: null, createdAt: 0 },
      };
    });
    const t0 = now();
    const out = await post('/v1/sync/push', { team, mutations: batch }, pc.token);
    pushMs.push(now() - t0);
    mutations += batch.length;
    for (const r of out.results) if (r.result.version) sentAt.set(r.result.version, { at: t0, by: index });
  }
}

await Promise.all(pcs.map((pc, i) => listen(pc, i)));
const started = now();
const loops = pcs.map((pc, i) => pushLoop(pc, i));
await new Promise((r) => setTimeout(r, SECONDS * 1000));
stop = true;
await Promise.all(loops);
const elapsed = (now() - started) / 1000;
await new Promise((r) => setTimeout(r, 1000)); // let the last pokes and pulls land
for (const pc of pcs) pc.close();

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(1) : '-';
};
console.log(`shop server bench: ${PCS} PCs, batches of ${BATCH}, ${elapsed.toFixed(1)} s, ${os.cpus().length} CPU(s), PostgreSQL with fsync on`);
console.log(`  pushes/s sustained      ${(pushMs.length / elapsed).toFixed(1)}   (mutations/s ${(mutations / elapsed).toFixed(0)})`);
console.log(`  push answered (ms)      p50 ${pct(pushMs, 50)}  p95 ${pct(pushMs, 95)}`);
console.log(`  push→visible on another PC (poke + pull, ms)  p50 ${pct(visible, 50)}  p95 ${pct(visible, 95)}  (${visible.length} observations)`);
console.log(`  requests served         ${requests}`);

const median = (xs, p) => Number(pct(xs, p));
const setup = `${PCS} PCs pushing batches of ${BATCH} for ${elapsed.toFixed(0)} s, ${os.cpus().length} CPU(s), PostgreSQL fsync on`;
const figures = [
  { area: 'server', scenario: 'pushes per second the shop server sustains', value: Math.round((pushMs.length / elapsed) * 10) / 10, unit: 'pushes/s', raw: null, note: `${setup}; ${Math.round(mutations / elapsed)} mutations/s` },
  { area: 'server', scenario: 'push answered, p50', value: median(pushMs, 50), unit: 'ms', raw: null, note: setup },
  { area: 'server', scenario: 'push answered, p95', value: median(pushMs, 95), unit: 'ms', raw: null, note: setup },
  { area: 'server', scenario: 'push → visible on another PC (live poke + pull), p50', value: median(visible, 50), unit: 'ms', raw: null, note: `${setup}; ${visible.length} observations` },
  { area: 'server', scenario: 'push → visible on another PC (live poke + pull), p95', value: median(visible, 95), unit: 'ms', raw: null, note: `${setup}; ${visible.length} observations` },
];
fs.mkdirSync('test-results/bench/figures', { recursive: true });
fs.writeFileSync('test-results/bench/figures/server.json', JSON.stringify(figures, null, 2));

server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
fs.rmSync(tmp, { recursive: true, force: true });
