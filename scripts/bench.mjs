// `npm run bench`: seeds a year-long store in Debian Chromium and reports the data layer's hot
// paths next to raw IndexedDB doing the same work in the same run. Figures are reported,
// never asserted. Area benches (e2e/bench/*.bench.ts) run afterwards when present.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { serveWeb } from './serve-web.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/fixtures/chromium.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 5499);

const built = spawnSync('npx', ['vite', 'build', '--config', 'e2e/bench/page/vite.config.mts'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const server = await serveWeb({ root: 'test-results/bench-page', port: PORT });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${PORT}/`);
  console.log('seeding a year-long store in Chromium IndexedDB…');
  const result = await page.evaluate(() => window.runBench(), undefined, { timeout: 600_000 });
  console.log('\nstore:', JSON.stringify(result.counts));
  console.table(result.rows);
  fs.mkdirSync('test-results/bench', { recursive: true });
  fs.writeFileSync('test-results/bench/foundation.json', JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2));
} finally {
  await browser.close();
  server.close();
}

const areaBenches = fs.existsSync('e2e/bench') ? fs.readdirSync('e2e/bench').filter((f) => f.endsWith('.bench.ts')) : [];
if (areaBenches.length) {
  const r = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/bench/playwright.bench.config.ts'], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}
