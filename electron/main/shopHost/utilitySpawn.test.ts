import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { utilitySpawn, type UtilityChildLike } from './utilitySpawn';

function fakeFork() {
  const calls: { modulePath: string; args: string[]; env: NodeJS.ProcessEnv }[] = [];
  const events = new EventEmitter();
  const killed: string[] = [];
  const child: UtilityChildLike = {
    pid: 4242,
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    kill: () => (killed.push('term'), true),
    on: (event, listener) => events.on(event, listener),
  };
  const fork = (modulePath: string, args: string[], options: { env: NodeJS.ProcessEnv }) => {
    calls.push({ modulePath, args, env: options.env });
    return child;
  };
  return { fork, calls, child, events, killed };
}

describe('the utilityProcess adapter host mode runs the shop server through', () => {
  it('runs the first argument as the module with the rest as its arguments and the given environment', () => {
    const f = fakeFork();
    utilitySpawn(f.fork)('ignored-electron-binary', ['/app/out/server/index.mjs', 'serve'], { env: { XIAOER_SERVER_PORT: '8730' } });
    expect(f.calls).toEqual([{ modulePath: '/app/out/server/index.mjs', args: ['serve'], env: { XIAOER_SERVER_PORT: '8730' } }]);
  });

  it('passes the output through and reports the exit code as a child process would', async () => {
    const f = fakeFork();
    const proc = utilitySpawn(f.fork)('x', ['m.mjs'], {});
    const out: string[] = [];
    proc.stdout?.on('data', (c: Buffer) => out.push(c.toString()));
    const exited = new Promise<unknown>((resolve) => proc.once('exit', resolve));
    (f.child.stdout as PassThrough).write('{"msg":"serving"}\n');
    f.events.emit('exit', 3);
    expect(await exited).toBe(3);
    expect(out.join('')).toContain('serving');
  });

  it('stops gracefully with kill() and kills by pid only when SIGKILL is asked for', () => {
    const f = fakeFork();
    const byPid: [number, string][] = [];
    const proc = utilitySpawn(f.fork, (pid, signal) => byPid.push([pid, signal]))('x', ['m.mjs'], {});
    proc.kill('SIGTERM');
    expect(f.killed).toEqual(['term']);
    expect(byPid).toEqual([]);
    proc.kill('SIGKILL');
    expect(byPid).toEqual([[4242, 'SIGKILL']]);
  });
});
