import { BACKUP_RESTORE_MAX_BYTES } from '@shared/schemas/backup';
import { ProblemError, bug, problem } from '@shared/lib/problem';
import { getDb } from '../store';
import { openJobChannel } from '../workerChannel';
import { withBulk } from '../live/pace';
import type { RestoreReport } from './restore';
import { createRestoreHandler, type ApplyPart, type CheckOutcome, type RestoreReply, type RestoreRequest } from './restoreJob';

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

const MB = 1024 * 1024;
/** Pieces handed to the restore thread and not yet handled: enough to keep it busy, never the file. */
const IN_FLIGHT = 2;

/**
 * Opens a restore in a Web Worker (falling back to this thread). This thread only fetches the
 * files' pieces from the host and passes them on — twice: once to check every file, and after
 * the agent confirms, again to merge them batch by batch — waiting for the restore thread to
 * handle a piece before it fetches more than IN_FLIGHT ahead. Neither side ever holds a file:
 * memory stays flat whatever its size (two reads instead of one). A file over
 * BACKUP_RESTORE_MAX_BYTES is refused by its size before any is read.
 */
export async function openRestore(): Promise<RestoreSession> {
  // Per piece in flight: resolves true to go on, false when the thread said to stop.
  const acks: Array<{ resolve(more: boolean): void; reject(e: Error): void }> = [];
  let waiting: { resolve(m: RestoreReply): void; reject(e: Error): void } | null = null;
  let failed: Error | null = null;
  const onReply = (m: RestoreReply): void => {
    if (m.type === 'ack') acks.shift()?.resolve(!m.stop);
    else if (m.type === 'error') {
      failed = ProblemError.of(m.problems);
      for (const a of acks.splice(0)) a.reject(failed);
      waiting?.reject(failed);
    } else waiting?.resolve(m);
  };
  const channel = await openJobChannel<RestoreRequest, RestoreReply>(
    () => new Worker(new URL('./restore.worker.ts', import.meta.url), { type: 'module', name: 'xiaoer-restore' }),
    (reply) => createRestoreHandler(async () => getDb(), reply),
    onReply,
  );
  const ask = (m: RestoreRequest): Promise<RestoreReply> => new Promise<RestoreReply>((resolve, reject) => {
    if (failed) return reject(failed);
    waiting = { resolve, reject };
    channel.post(m);
  }).finally(() => { waiting = null; });
  const posted = (): Promise<boolean> => new Promise<boolean>((resolve, reject) => {
    if (failed) return reject(failed);
    acks.push({ resolve, reject });
  });

  let sources: RestoreSource[] = [];
  let parts: ApplyPart[][] = [];

  /** Streams one file through the restore thread; false when it said to stop (the file is refused). */
  const stream = async (source: RestoreSource, onBytes: (n: number) => void): Promise<boolean> => {
    const pending: Promise<boolean>[] = [];
    let go = true;
    for (let at = 0; at < source.sizeBytes && go;) {
      const piece = await source.read(at);
      if (piece.nextOffset <= at) throw new ProblemError(problem('backupShrank'));
      const ack = posted();
      channel.post({ type: 'piece', text: piece.text });
      const size = piece.nextOffset - at;
      pending.push(ack.then((more) => { onBytes(size); return more; }));
      at = piece.nextOffset;
      if (pending.length >= IN_FLIGHT) go = await (pending.shift() as Promise<boolean>);
    }
    for (const p of pending) go = (await p) && go;
    channel.post({ type: 'close' });
    return go;
  };

  return {
    async check(files, onProgress) {
      const tooLarge = files.find((s) => s.sizeBytes > BACKUP_RESTORE_MAX_BYTES);
      if (tooLarge) return { ok: false, problems: [problem('backupTooLarge', { params: { sizeMb: Math.ceil(tooLarge.sizeBytes / MB), maxMb: BACKUP_RESTORE_MAX_BYTES / MB } })] };
      const total = files.reduce((s, f) => s + f.sizeBytes, 0) || 1;
      let done = 0;
      for (const source of files) {
        channel.post({ type: 'open', pass: 'check' });
        // A refused file refuses the chain: the files after it are not read.
        if (!(await stream(source, (n) => onProgress(Math.min(1, (done += n) / total))))) break;
      }
      const r = await ask({ type: 'check' });
      if (r.type !== 'checked') throw bug('the restore thread answered out of turn');
      onProgress(1);
      if (r.outcome.ok) {
        sources = files;
        parts = r.outcome.parts;
      }
      return r.outcome;
    },
    // The merge's batches would wake every live query once each: held as one bulk write.
    restore: (onProgress) => withBulk(async () => {
      const total = sources.reduce((s, f, i) => s + f.sizeBytes * (parts[i]?.length ?? 1), 0) || 1;
      let done = 0;
      for (const [i, source] of sources.entries()) {
        for (const part of parts[i] ?? ['all']) {
          channel.post({ type: 'open', pass: 'apply', part });
          await stream(source, (n) => onProgress(Math.min(1, (done += n) / total)));
        }
      }
      const r = await ask({ type: 'restore' });
      if (r.type !== 'restored') throw bug('the restore thread answered out of turn');
      onProgress(1);
      return r.report;
    }),
    close: () => channel.close(),
  };
}
