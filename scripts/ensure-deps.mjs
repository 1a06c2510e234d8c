// On a fresh clone the README's two commands install what they need themselves: `npm ci`
// from the lockfile, with Electron's binary download switched off (it is fetched on demand).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function ensureDeps() {
  if (fs.existsSync('node_modules/.package-lock.json')) return;
  console.log('First run: installing dependencies with npm ci (no binary downloads)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
