import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/** Area benchmarks (`*.bench.ts`): same browser and server as e2e; they print figures, never assert timings. */
const server = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  timeout: 900_000,
  outputDir: '../../test-results/bench',
  // The web server's command is relative to the repository root, not to this folder.
  webServer: { ...server!, cwd: '../..' },
});
