// `npm start`: the workstation itself. Electron where its binary exists; otherwise the same
// renderer in the browser host. The printed address opens the first-start page (demo shop or
// 创建我的店铺); a real shop must never start inside the demo, so the demo has its own link.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serveWeb, startHostRoutes } from './serve-web.mjs';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();

const require = createRequire(import.meta.url);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/**
 * The Electron binary if it is on disk. We look ourselves instead of `require('electron')`,
 * which since Electron 42 starts a download when the binary is missing.
 */
function electronBinary() {
  const pkg = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(pkg, 'path.txt');
  const exe = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : process.platform === 'win32' ? 'electron.exe' : 'electron';
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist');
  const full = path.join(dist, exe);
  return fs.existsSync(full) ? full : null;
}

const binary = electronBinary();
if (binary) {
  run('npx', ['electron-vite', 'build']);
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  run('npx', ['vite', 'build', '--config', 'renderer/vite.config.mts', '--logLevel', 'warn']);
  const port = Number(process.env.PORT ?? 5199);
  const { ingest, api } = await startHostRoutes();
  await serveWeb({ root: 'renderer/dist', port, api });
  const url = `http://127.0.0.1:${port}/`;
  console.log(`Electron's binary is not installed on this machine (\`npx install-electron\` fetches it where downloads work), so Xiaoer Desk runs in the browser host: ${url}`);
  console.log(`The demo shop with simulated buyers: ${url}?demo=1`);
  const { running, url: ingestUrl, lastError } = ingest.service.info();
  console.log(running ? `ERP events go to ${ingestUrl} (token in 设置 → 接入)` : `The ERP ingest endpoint is not running: ${lastError}`);
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
  if (process.env.DISPLAY || process.platform !== 'linux') spawn(opener, [url], { stdio: 'ignore', detached: true, shell: process.platform === 'win32' }).on('error', () => {}).unref();
}
