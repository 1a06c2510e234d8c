import { EventEmitter } from 'node:events';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import type { NetworkInterfaceInfo } from 'node:os';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createShopHost, type ShopHostOptions } from './shopHost';

/** A stand-in child process: the test writes its output and decides when (and whether) it exits. */
class FakeProcess extends EventEmitter {
  stdout = new PassThrough();
  stderr = new PassThrough();
  signals: string[] = [];
  constructor(private readonly obeys: readonly string[] = ['SIGTERM', 'SIGKILL']) {
    super();
  }
  kill(signal: string): boolean {
    this.signals.push(signal);
    if (this.obeys.includes(signal)) setImmediate(() => this.emit('exit', null, signal));
    return true;
  }
  log(entry: object): void {
    this.stdout.write(`${JSON.stringify({ t: 'x', level: 'info', ...entry })}\n`);
  }
}

const nic = (address: string, over: Partial<NetworkInterfaceInfo> = {}): NetworkInterfaceInfo =>
  ({ address, family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null, ...over }) as NetworkInterfaceInfo;

function setUp(over: Partial<ShopHostOptions> = {}, make: () => FakeProcess = () => new FakeProcess()) {
  const spawned: { command: string; args: readonly string[]; options: SpawnOptions; proc: FakeProcess }[] = [];
  const host = createShopHost({
    bundle: '/app/out/server/index.mjs',
    dataDir: '/data/shop-server',
    execPath: '/app/xiaoer.exe',
    env: { ELECTRON_RUN_AS_NODE: '1', XIAOER_SERVER_PLAIN_HTTP: '1' },
    spawn: (command, args, options) => {
      const proc = make();
      spawned.push({ command, args, options, proc });
      return proc as unknown as ChildProcess;
    },
    interfaces: () => ({ lo: [nic('127.0.0.1', { internal: true })], eth0: [nic('192.168.1.20'), nic('fe80::1', { family: 'IPv6' })], wifi: [nic('169.254.3.4'), nic('10.0.0.7')] }),
    ...over,
  });
  return { host, spawned };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('host mode: the shop server run by the supervisor’s PC', () => {
  it('runs the server bundle with its own data folder on the LAN over HTTPS, and is running once the server says it serves', async () => {
    const { host, spawned } = setUp();
    const started = host.start('小鹿童装');
    expect(host.status()).toEqual({ state: 'starting', teamName: '小鹿童装' });
    const run = spawned[0];
    expect(run?.command).toBe('/app/xiaoer.exe');
    expect(run?.args).toEqual(['/app/out/server/index.mjs', 'serve']);
    expect(run?.options.env).toMatchObject({
      ELECTRON_RUN_AS_NODE: '1',
      XIAOER_SERVER_DATA: '/data/shop-server/pg',
      XIAOER_SERVER_TLS_DIR: '/data/shop-server/tls',
      XIAOER_SERVER_HOST: '0.0.0.0',
      XIAOER_SERVER_PORT: '8730',
      // Never plain HTTP on the LAN, whatever the app's own environment says.
      XIAOER_SERVER_PLAIN_HTTP: '',
      DATABASE_URL: '',
    });
    run?.proc.log({ msg: 'started local PostgreSQL' });
    run?.proc.log({ msg: 'serving', url: 'https://0.0.0.0:8730', fingerprint: 'AB:CD' });
    expect(await started).toEqual({ state: 'running', teamName: '小鹿童装', port: 8730, addresses: ['https://192.168.1.20:8730', 'https://10.0.0.7:8730'], fingerprint: 'AB:CD' });
    expect(host.status().state).toBe('running');
  });

  it('starts one server however often it is asked', async () => {
    const { host, spawned } = setUp();
    const one = host.start('小鹿童装');
    const two = host.start('小鹿童装');
    spawned[0]?.proc.log({ msg: 'serving', url: 'https://0.0.0.0:8730', fingerprint: 'AB' });
    expect(await one).toEqual(await two);
    expect(await host.start('小鹿童装')).toMatchObject({ state: 'running' });
    expect(spawned).toHaveLength(1);
  });

  it('makes a fresh enrolment code with the server’s command line, for the running team', async () => {
    const { host, spawned } = setUp();
    expect(await host.newCode()).toMatchObject({ ok: false });
    const started = host.start('小鹿童装');
    spawned[0]?.proc.log({ msg: 'serving', url: 'https://0.0.0.0:8730', fingerprint: 'AB' });
    await started;
    const coded = host.newCode();
    const cli = spawned[1];
    expect(cli?.args).toEqual(['/app/out/server/index.mjs', 'enroll-code', '--team', '小鹿童装', '--json']);
    expect(cli?.options.env).toMatchObject({ XIAOER_SERVER_DATA: '/data/shop-server/pg', XIAOER_SERVER_TLS_DIR: '/data/shop-server/tls' });
    cli?.proc.stderr.write('{"code":"RC9A-EGVE-Q84V-0000-1111-2222-3333-4444","team":{"id":"t","name":"小鹿童装"},"expiresAt":"2026-12-03T12:00:00.000Z"}\n');
    await tick();
    cli?.proc.emit('exit', 0, null);
    expect(await coded).toEqual({ ok: true, code: 'RC9A-EGVE-Q84V-0000-1111-2222-3333-4444', expiresAt: '2026-12-03T12:00:00.000Z' });
  });

  it('says why when the server exits before it serves (its last log lines)', async () => {
    const { host, spawned } = setUp();
    const started = host.start('小鹿童装');
    spawned[0]?.proc.stderr.write('initdb: not found\n');
    await tick();
    spawned[0]?.proc.emit('exit', 1, null);
    const out = await started;
    expect(out).toMatchObject({ state: 'failed' });
    expect(out.state === 'failed' && out.detail).toContain('initdb: not found');
  });

  it('gives up on a server that does not start in time, and kills it', async () => {
    const { host, spawned } = setUp({ startTimeoutMs: 20 });
    expect(await host.start('小鹿童装')).toMatchObject({ state: 'failed', detail: expect.stringContaining('did not start in time') });
    expect(spawned[0]?.proc.signals).toEqual(['SIGKILL']);
  });

  it('stops on quit with SIGTERM (the server then stops its PostgreSQL), and kills a server that does not go', async () => {
    const { host, spawned } = setUp();
    const started = host.start('小鹿童装');
    spawned[0]?.proc.log({ msg: 'serving', url: 'https://0.0.0.0:8730', fingerprint: 'AB' });
    await started;
    expect(await host.stop()).toEqual({ state: 'stopped' });
    expect(spawned[0]?.proc.signals).toEqual(['SIGTERM']);

    const stubborn = setUp({ stopTimeoutMs: 20 }, () => new FakeProcess(['SIGKILL']));
    const s = stubborn.host.start('小鹿童装');
    stubborn.spawned[0]?.proc.log({ msg: 'serving', url: 'https://0.0.0.0:8730', fingerprint: 'AB' });
    await s;
    await stubborn.host.stop();
    expect(stubborn.spawned[0]?.proc.signals).toEqual(['SIGTERM', 'SIGKILL']);
    expect(stubborn.host.status()).toEqual({ state: 'stopped' });
  });

  it('notices a server that dies later: failed, with why', async () => {
    const { host, spawned } = setUp();
    const started = host.start('小鹿童装');
    spawned[0]?.proc.log({ msg: 'serving', url: 'https://0.0.0.0:8730', fingerprint: 'AB' });
    await started;
    spawned[0]?.proc.emit('exit', null, 'SIGKILL');
    expect(host.status()).toMatchObject({ state: 'failed', detail: expect.stringContaining('SIGKILL') });
  });
});
