import type { BackupHeader } from '@shared/schemas/backup';
import { bug, problemsOf, type Problem } from '@shared/lib/problem';
import type { XiaoerDb } from '../db';
import { combineChain } from './chain';
import { restoreSnapshot, type RestoreReport } from './restore';
import { validateSnapshot, type ValidSnapshot } from './validate';

/** What a restore thread is told: each file's text in pieces, then check, then restore. */
export type RestoreRequest =
  | { type: 'hello' }
  | { type: 'file' }
  | { type: 'text'; text: string }
  | { type: 'check' }
  | { type: 'restore' };

export type CheckOutcome = { ok: true; header: BackupHeader; count: number } | { ok: false; problems: Problem[] };

/** What it answers; `progress` is the share (0–1) of the current check or restore done. */
export type RestoreReply =
  | { type: 'ready' }
  | { type: 'progress'; fraction: number }
  | { type: 'checked'; outcome: CheckOutcome }
  | { type: 'restored'; report: RestoreReport }
  /** Plain Problems cross the thread; the console's side throws them again as a ProblemError. */
  | { type: 'error'; problems: Problem[] };

/**
 * One restore, from the first piece to the merge, kept in one thread (a worker, or this one
 * where there is none): the files' text is assembled and parsed here, every file of the chain
 * is checked before anything is written, and the checked snapshot stays here until the agent
 * confirms — it never crosses back to the console's thread.
 */
export function createRestoreHandler(db: () => Promise<XiaoerDb>, reply: (m: RestoreReply) => void): (m: RestoreRequest) => Promise<void> {
  let files: string[][] = [];
  let checked: ValidSnapshot | null = null;
  const progress = (done: number, of: number): void => reply({ type: 'progress', fraction: of ? done / of : 1 });

  const check = (): CheckOutcome => {
    const snapshots: ValidSnapshot[] = [];
    const all = files;
    files = [];
    for (let i = 0; i < all.length; i += 1) {
      const text = (all[i] as string[]).join('');
      all[i] = []; // the pieces go as soon as the file is one string: half the memory at the peak
      const r = validateSnapshot(text, (done, of) => progress(i * of + done, all.length * of));
      if (!r.ok) return { ok: false, problems: r.error };
      snapshots.push(r.value);
    }
    checked = combineChain(snapshots);
    const count = Object.entries(checked.rows).reduce((s, [table, r]) => (table === 'changes' ? s : s + r.length), 0);
    return { ok: true, header: checked.header, count };
  };

  return async (m) => {
    try {
      if (m.type === 'hello') reply({ type: 'ready' });
      else if (m.type === 'file') files.push([]);
      else if (m.type === 'text') files[files.length - 1]?.push(m.text);
      else if (m.type === 'check') reply({ type: 'checked', outcome: check() });
      else {
        if (!checked) throw bug('nothing checked to restore');
        const snapshot = checked;
        checked = null;
        reply({ type: 'restored', report: await restoreSnapshot(snapshot, await db(), progress) });
      }
    } catch (e) {
      reply({ type: 'error', problems: problemsOf(e) });
    }
  };
}
