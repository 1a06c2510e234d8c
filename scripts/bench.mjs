// `npm run bench [-- part…]`: the hot paths of the app in Debian Chromium, each figure beside
// raw IndexedDB doing the same work in the same run. Figures are reported, never asserted.
//   foundation  seeds a year-long store on the app's own origin, times the data layer (queue, chat,
//               phrase search, palette, tray pass, reply write) and the app's cold start (empty store
//               and year-long store);
//   <name>      an area bench, e2e/bench/<name>.bench.ts (presale, orders, orders-import, backup,
//               team-sync: first sync of a year-long store to a new PC…);
//   server      the shop server: pushes/s with 20 simulated PCs, push → visible on another PC
//               (server/bench/pushes.mjs).
// No part named = all of them. Every part writes its figures to test-results/bench/figures/; the
// run ends with test-results/bench/summary.md and summary.json, each figure beside the previous
// run's (read from the summary.json this run replaces).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { serveWeb } from './serve-web.mjs';
import { startWebIngest } from './web-ingest.mjs';
import { summarize, toMarkdown } from './bench/summary.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/fixtures/chromium.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 5499);
const OUT = 'test-results/bench';
const FIGURES = path.join(OUT, 'figures');
const COLD_STARTS = 3;

const areaBenches = fs.readdirSync('e2e/bench').filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, ''));
const asked = process.argv.slice(2);
const unknown = asked.filter((p) => p !== 'foundation' && p !== 'server' && !areaBenches.includes(p));
if (unknown.length) {
  console.error(`unknown bench part(s): ${unknown.join(', ')}; parts: foundation, server, ${areaBenches.join(', ')}`);
  process.exit(2);
}
const want = (part) => asked.length === 0 || asked.includes(part);

const previous = fs.existsSync(path.join(OUT, 'summary.json')) ? JSON.parse(fs.readFileSync(path.join(OUT, 'summary.json'), 'utf8')) : null;
fs.rmSync(FIGURES, { recursive: true, force: true });
fs.mkdirSync(FIGURES, { recursive: true });

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function foundation() {
  // The app and the bench page on one origin, so they share the IndexedDB the page seeds.
  run('npx', ['vite', 'build', '--config', 'renderer/vite.config.mts', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--config', 'e2e/bench/page/vite.config.mts']);
  const root = 'test-results/bench-app';
  fs.rmSync(root, { recursive: true, force: true });
  fs.cpSync('renderer/dist', root, { recursive: true });
  fs.cpSync('test-results/bench-page', path.join(root, 'bench'), { recursive: true });
  const ingest = await startWebIngest({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'xiaoer-bench-host-')), env: { ...process.env, XIAOER_INGEST_PORT: '0' } });
  const server = await serveWeb({ root, port: PORT, api: ingest.handle });
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const figures = [];
  try {
    /** ms from navigation to the app's first usable screen (the `app-interactive` mark). */
    const appStart = async (context) => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const at = await page.waitForFunction(() => performance.getEntriesByName('app-interactive')[0]?.startTime, undefined, { timeout: 120_000, polling: 50 });
      const ms = Number(await at.jsonValue());
      await page.close();
      return ms;
    };
    const rawStart = async (context, name) => {
      const page = await context.newPage();
      await page.goto(`${base}/bench/index.html`);
      const ms = await page.evaluate((n) => window.rawStart(n), name);
      await page.close();
      return ms;
    };
    const fresh = async (fn) => {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      try { return await fn(context); } finally { await context.close(); }
    };

    console.log('cold start on an empty store…');
    const emptyApp = [];
    const emptyRaw = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      emptyApp.push(await fresh((c) => appStart(c)));
      emptyRaw.push(await fresh((c) => rawStart(c, null)));
    }
    figures.push({ area: 'startup', scenario: 'cold start to interactive, empty store (first-start screen)', value: median(emptyApp), unit: 'ms', raw: median(emptyRaw), note: `median of ${COLD_STARTS} fresh profiles; raw = page load + open an empty IndexedDB` });

    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${base}/bench/index.html`);
    console.log('seeding a year-long store in Chromium IndexedDB…');
    const result = await page.evaluate(() => window.runBench(), undefined, { timeout: 900_000 });
    console.log('\nstore:', JSON.stringify(result.counts));
    figures.push(...result.figures);

    console.log('cold start on the year-long store…');
    await page.evaluate((agentId) => localStorage.setItem('xiaoer.session', JSON.stringify({ state: { agentId, presence: 'online' }, version: 1 })), result.agentId);
    await page.close();
    const yearApp = [];
    const yearRaw = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      yearApp.push(await appStart(context));
      yearRaw.push(await rawStart(context, 'xiaoer-desk'));
    }
    figures.push({ area: 'startup', scenario: 'cold start to interactive, year-long store (signed in, 接待 queue shown)', value: median(yearApp), unit: 'ms', raw: median(yearRaw), note: `median of ${COLD_STARTS} page loads; raw = page load + open + read agents, waiting chats, shops` });
    await context.close();
    fs.writeFileSync(path.join(FIGURES, 'foundation.json'), JSON.stringify(figures, null, 2));
    fs.writeFileSync(path.join(OUT, 'foundation.json'), JSON.stringify({ at: new Date().toISOString(), counts: result.counts, figures }, null, 2));
  } finally {
    await browser.close();
    server.close();
    await ingest.service.stop();
  }
}

let failed = false;
if (want('foundation')) {
  try {
    await foundation();
  } catch (e) {
    failed = true;
    console.error('foundation bench:', e instanceof Error ? e.message : e);
  }
}
if (want('server')) {
  const r = spawnSync(process.execPath, ['server/bench/pushes.mjs', '--pcs', '20', '--seconds', '15'], { stdio: 'inherit' });
  failed ||= r.status !== 0;
}
const areas = areaBenches.filter(want);
if (areas.length) {
  const r = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/bench/playwright.bench.config.ts', ...areas.map((a) => `${a}.bench`)], { stdio: 'inherit' });
  failed ||= r.status !== 0;
}

const figures = fs.readdirSync(FIGURES).filter((f) => f.endsWith('.json')).flatMap((f) => JSON.parse(fs.readFileSync(path.join(FIGURES, f), 'utf8')));
const summary = summarize(figures, previous, new Date().toISOString());
fs.writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify(summary, null, 2));
const md = toMarkdown(summary);
fs.writeFileSync(path.join(OUT, 'summary.md'), md);
console.log(`\n${md}`);
process.exit(failed ? 1 : 0);
