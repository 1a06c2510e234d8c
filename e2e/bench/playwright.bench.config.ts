import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/** Area benchmarks (`*.bench.ts`): same browser and server as e2e; they print figures, never assert timings. */
const server = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  timeout: 900_000,
  // Not test-results/bench: Playwright empties its output folder, and the figures and the
  // previous summary live there.
  outputDir: '../../test-results/bench-artifacts',
  // The web server's command is relative to the repository root, not to this folder.
  webServer: { ...server!, cwd: '../..' },
});
