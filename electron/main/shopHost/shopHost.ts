import type { ChildProcess, SpawnOptions } from 'node:child_process';
import type { NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';
import type { ShopHostCode, ShopHostStatus } from '@shared/schemas/shopHost';
import { lanAddresses } from './addresses';

export type SpawnLike = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

export interface ShopHostOptions {
  /** The built shop server (out/server/index.mjs: the very bundle `npm run server` runs). */
  bundle: string;
  /** Where the server keeps its PostgreSQL and certificate (userData/shop-server under Electron). */
  dataDir: string;
  /** What runs the bundle: node (the browser host); ignored by Electron's utilityProcess adapter (utilitySpawn.ts). */
  execPath: string;
  env: NodeJS.ProcessEnv;
  spawn: SpawnLike;
  interfaces: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** 8730 by default (the port the join form suggests); 0 for any free port (tests). */
  port?: number;
  /** A first start runs initdb: give it time. */
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
}

export interface ShopHost {
  status(): ShopHostStatus;
  /** Starts the server for `teamName` (a second call while it runs answers the running state). */
  start(teamName: string): Promise<ShopHostStatus>;
  /** A fresh one-time code for one more PC (the server's `enroll-code --json`). */
  newCode(): Promise<ShopHostCode>;
  /** Stops it (SIGTERM: the server stops its PostgreSQL), killed if it does not go in time. */
  stop(): Promise<ShopHostStatus>;
}

const tail = (text: string): string => text.slice(-1500);

/**
 * Host mode: on the supervisor's PC the app runs the shop server itself, as a child process
 * running the same server bundle as `npm run server`, with its own PostgreSQL in the app's data
 * folder, listening on the LAN over HTTPS. Started from 设置 → 团队, stopped on quit. The
 * server's JSON log tells when it listens and its certificate's fingerprint.
 */
export function createShopHost(options: ShopHostOptions): ShopHost {
  let state: ShopHostStatus = { state: 'stopped' };
  let child: ChildProcess | null = null;
  let starting: Promise<ShopHostStatus> | null = null;

  const env = (): NodeJS.ProcessEnv => ({
    ...options.env,
    XIAOER_SERVER_DATA: join(options.dataDir, 'pg'),
    XIAOER_SERVER_TLS_DIR: join(options.dataDir, 'tls'),
    XIAOER_SERVER_HOST: '0.0.0.0',
    XIAOER_SERVER_PORT: String(options.port ?? 8730),
    XIAOER_SERVER_PLAIN_HTTP: '',
    DATABASE_URL: '',
  });

  const launch = (teamName: string): Promise<ShopHostStatus> =>
    new Promise((resolve) => {
      state = { state: 'starting', teamName };
      const proc = options.spawn(options.execPath, [options.bundle, 'serve'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
      child = proc;
      let log = '';
      let buffered = '';
      let settled = false;
      const settle = (next: ShopHostStatus): void => {
        state = next;
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(next);
      };
      const timer = setTimeout(() => {
        proc.kill('SIGKILL');
        settle({ state: 'failed', detail: `the server did not start in time: ${tail(log)}` });
      }, options.startTimeoutMs ?? 120_000);
      proc.stdout?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        buffered += chunk.toString();
        let cut: number;
        while ((cut = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, cut);
          buffered = buffered.slice(cut + 1);
          let entry: { msg?: unknown; url?: unknown; fingerprint?: unknown };
          try {
            entry = JSON.parse(line) as typeof entry;
          } catch {
            continue;
          }
          if (entry.msg === 'serving' && typeof entry.url === 'string' && typeof entry.fingerprint === 'string') {
            const port = Number(new URL(entry.url).port);
            settle({ state: 'running', teamName, port, addresses: lanAddresses(options.interfaces(), port), fingerprint: entry.fingerprint });
          }
        }
      });
      proc.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      proc.once('error', (e) => settle({ state: 'failed', detail: e.message }));
      proc.once('exit', (code, signal) => {
        if (child === proc) child = null;
        const detail = `the server stopped (${signal ?? `exit ${code}`}): ${tail(log)}`;
        // After a deliberate stop the state is already "stopped"; otherwise it failed.
        if (state.state !== 'stopped') state = { state: 'failed', detail };
        settle(state.state === 'stopped' ? state : { state: 'failed', detail });
      });
    });

  const runCli = (args: string[]): Promise<{ code: number | null; stderr: string }> =>
    new Promise((resolve) => {
      const proc = options.spawn(options.execPath, [options.bundle, ...args], { env: env(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
      let stderr = '';
      proc.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      proc.stdout?.resume();
      proc.once('error', (e) => resolve({ code: -1, stderr: e.message }));
      proc.once('exit', (code) => resolve({ code, stderr }));
    });

  return {
    status: () => state,
    start(teamName) {
      if (state.state === 'running') return Promise.resolve(state);
      starting ??= launch(teamName).finally(() => (starting = null));
      return starting;
    },
    async newCode() {
      if (state.state !== 'running') return { ok: false, detail: 'the shop server is not running' };
      const out = await runCli(['enroll-code', '--team', state.teamName, '--json']);
      for (const line of out.stderr.split('\n')) {
        try {
          const made = JSON.parse(line) as { code?: unknown; expiresAt?: unknown };
          if (typeof made.code === 'string' && typeof made.expiresAt === 'string') return { ok: true, code: made.code, expiresAt: made.expiresAt };
        } catch {
          // not the JSON line
        }
      }
      return { ok: false, detail: `enroll-code printed no code (exit ${out.code}): ${tail(out.stderr)}` };
    },
    async stop() {
      const proc = child;
      state = { state: 'stopped' };
      if (!proc) return state;
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.kill('SIGTERM');
      const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), options.stopTimeoutMs ?? 20_000));
      if ((await Promise.race([exited, timer])) === 'late') {
        proc.kill('SIGKILL');
        await exited;
      }
      return state;
    },
  };
}
