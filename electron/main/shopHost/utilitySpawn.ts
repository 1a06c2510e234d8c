import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { SpawnLike } from './shopHost';

/** What shopHost needs of Electron's `utilityProcess.fork` child (a fake in tests). */
export interface UtilityChildLike {
  readonly pid: number | undefined;
  readonly stdout: NodeJS.ReadableStream | null;
  readonly stderr: NodeJS.ReadableStream | null;
  kill(): boolean;
  on(event: 'exit', listener: (code: number) => void): unknown;
}
export type UtilityForkLike = (modulePath: string, args: string[], options: { env: NodeJS.ProcessEnv; stdio: 'pipe'; serviceName: string }) => UtilityChildLike;

/**
 * The packaged app has Electron's RunAsNode fuse off (electron-builder.yml), so its binary cannot
 * be started as a plain Node child with ELECTRON_RUN_AS_NODE. Electron's `utilityProcess` runs a
 * Node module without that fuse; this adapter gives its child the shape shopHost.ts drives
 * (stdout/stderr, exit, kill), so host mode stays one tested module. `command` is ignored: the
 * first argument is the module to run.
 */
export function utilitySpawn(fork: UtilityForkLike, killPid: (pid: number, signal: NodeJS.Signals) => void = process.kill): SpawnLike {
  return (_command, args, options) => {
    const [modulePath = '', ...rest] = args;
    const child = fork(modulePath, rest, { env: options.env ?? {}, stdio: 'pipe', serviceName: 'Xiaoer Desk shop server' });
    const proc = new EventEmitter() as EventEmitter & { stdout: NodeJS.ReadableStream | null; stderr: NodeJS.ReadableStream | null; kill: (signal?: NodeJS.Signals) => boolean };
    proc.stdout = child.stdout;
    proc.stderr = child.stderr;
    // utilityProcess.kill() is SIGTERM on POSIX; a SIGKILL after a stop that took too long goes by pid.
    proc.kill = (signal) => {
      if (signal === 'SIGKILL' && child.pid !== undefined) {
        killPid(child.pid, 'SIGKILL');
        return true;
      }
      return child.kill();
    };
    child.on('exit', (code) => proc.emit('exit', code, null));
    return proc as unknown as ChildProcess;
  };
}
