import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/fixtures/chromium.mjs';

/**
 * e2e runs the built renderer in the browser host, in Debian's Chromium (Playwright's own
 * browser download is blocked here). Every test gets a fresh context, so a fresh profile.
 */
const PORT = Number(process.env.E2E_PORT ?? 5299);
/** The browser host's ingest journal and token live in a fresh dir per run; the ERP port is any free one. */
const HOST_DATA = process.env.E2E_HOST_DATA ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xiaoer-e2e-host-'));
process.env.E2E_HOST_DATA = HOST_DATA;

export default defineConfig({
  testDir: 'e2e/specs',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 820 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve-web.mjs ${process.env.E2E_DIST ?? 'renderer/dist'}`,
    env: { PORT: String(PORT), XIAOER_DATA_DIR: HOST_DATA, XIAOER_INGEST_PORT: '0', XIAOER_SHOP_HOST_PORT: '0' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
