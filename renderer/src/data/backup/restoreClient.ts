import { BACKUP_RESTORE_MAX_BYTES } from '@shared/schemas/backup';
import { ProblemError, bug, problem } from '@shared/lib/problem';
import { getDb } from '../store';
import type { RestoreReport } from './restore';
import { createRestoreHandler, type CheckOutcome, type RestoreReply, type RestoreRequest } from './restoreJob';

/** A backup file to restore (a kept backup or a picked file), read in pieces from a byte offset. */
export interface RestoreSource {
  sizeBytes: number;
  read(offset: number): Promise<{ text: string; nextOffset: number }>;
}

export type OnProgress = (fraction: number) => void;

/** One restore: check the files (a chain, or one), then — if the agent confirms — merge them. Always close it. */
export interface RestoreSession {
  check(sources: RestoreSource[], onProgress: OnProgress): Promise<CheckOutcome>;
  restore(onProgress: OnProgress): Promise<RestoreReport>;
  close(): void;
}

/** Reading the pieces is most of a check's time; parsing and checking the rows is the rest. */
const READ_SHARE = 0.8;
const MB = 1024 * 1024;

interface Channel { post(m: RestoreRequest): void; close(): void }

/** The restore thread; null when no worker can start here (unit tests under Node, a locked-down page). */
async function startWorker(onReply: (m: RestoreReply) => void): Promise<Channel | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./restore.worker.ts', import.meta.url), { type: 'module', name: 'xiaoer-restore' });
  } catch {
    return null;
  }
  const ready = await new Promise<boolean>((resolve) => {
    worker.onmessage = (e: MessageEvent<RestoreReply>) => resolve(e.data.type === 'ready');
    worker.onerror = () => resolve(false);
    worker.postMessage({ type: 'hello' } satisfies RestoreRequest);
  });
  if (!ready) {
    worker.terminate();
    return null;
  }
  worker.onmessage = (e: MessageEvent<RestoreReply>) => onReply(e.data);
  worker.onerror = (e) => onReply({ type: 'error', problems: [...bug(e.message || 'the restore worker failed').problems] });
  return { post: (m) => worker.postMessage(m), close: () => worker.terminate() };
}

/** The same restore on this thread: checked and merged alike, only not off-thread. */
function onThisThread(onReply: (m: RestoreReply) => void): Channel {
  const handle = createRestoreHandler(async () => getDb(), onReply);
  let queue: Promise<void> = Promise.resolve();
  return { post: (m) => void (queue = queue.then(() => handle(m))), close: () => undefined };
}

/**
 * Opens a restore in a Web Worker (falling back to this thread): this thread only fetches the
 * files' pieces from the host and passes them on, so the console stays responsive and shows
 * progress. A file over BACKUP_RESTORE_MAX_BYTES is refused by its size before any is read.
 */
export async function openRestore(): Promise<RestoreSession> {
  let waiting: { resolve(v: unknown): void; reject(e: Error): void; onProgress: OnProgress } | null = null;
  let failed: Error | null = null;
  const onReply = (m: RestoreReply): void => {
    if (m.type === 'progress') waiting?.onProgress(m.fraction);
    else if (m.type === 'ready') return;
    else if (m.type === 'error') {
      failed = ProblemError.of(m.problems);
      waiting?.reject(failed);
    } else waiting?.resolve(m.type === 'checked' ? m.outcome : m.report);
  };
  const channel = (await startWorker(onReply)) ?? onThisThread(onReply);
  const ask = <T>(m: RestoreRequest, onProgress: OnProgress): Promise<T> => new Promise<T>((resolve, reject) => {
    if (failed) return reject(failed);
    waiting = { resolve: resolve as (v: unknown) => void, reject, onProgress };
    channel.post(m);
  }).finally(() => { waiting = null; });

  return {
    async check(sources, onProgress) {
      const tooLarge = sources.find((s) => s.sizeBytes > BACKUP_RESTORE_MAX_BYTES);
      if (tooLarge) return { ok: false, problems: [problem('backupTooLarge', { params: { sizeMb: Math.ceil(tooLarge.sizeBytes / MB), maxMb: BACKUP_RESTORE_MAX_BYTES / MB } })] };
      const total = sources.reduce((s, f) => s + f.sizeBytes, 0) || 1;
      let done = 0;
      for (const source of sources) {
        channel.post({ type: 'file' });
        for (let at = 0; at < source.sizeBytes;) {
          const piece = await source.read(at);
          if (piece.nextOffset <= at) throw new ProblemError(problem('backupShrank'));
          channel.post({ type: 'text', text: piece.text });
          done += piece.nextOffset - at;
          at = piece.nextOffset;
          onProgress((READ_SHARE * done) / total);
        }
      }
      return ask<CheckOutcome>({ type: 'check' }, (f) => onProgress(READ_SHARE + (1 - READ_SHARE) * f));
    },
    restore: (onProgress) => ask<RestoreReport>({ type: 'restore' }, onProgress),
    close: () => channel.close(),
  };
}
