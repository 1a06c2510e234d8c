// Refreshes docs/screenshots (shown in the README) from a full e2e run in Chromium.
import { spawnSync } from 'node:child_process';

const r = spawnSync('node', ['scripts/test-all.mjs', 'web build', 'e2e'], {
  stdio: 'inherit',
  env: { ...process.env, SCREENSHOTS_DIR: 'docs/screenshots' },
});
process.exit(r.status ?? 1);
