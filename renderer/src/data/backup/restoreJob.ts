import type { BackupHeader } from '@shared/schemas/backup';
import { bug, problem, problemsOf, type Problem, type ProblemError } from '@shared/lib/problem';
import type { XiaoerDb } from '../db';
import type { JobHandler } from '../workerChannel';
import { BackupReader, isSyntaxError, type ReadEvent } from './backupReader';
import { RESTORE_BATCH_CHARS, RESTORE_BATCH_ROWS, RestoreApplier, type RestoreReport } from './restore';
import { BACKUP_TABLES } from './tables';
import { BackupChecker, type FileChecked } from './validate';

/**
 * Which rows one read of a file merges: all, or — for a one-object file whose log comes after
 * its records (every backup written before the lines layout) — the log in a first read and the
 * records in a second, so the log's lines are in before the records they describe.
 */
export type ApplyPart = 'all' | 'changes' | 'records';

/**
 * What a restore thread is told. Each file is read twice, in pieces, never whole: a check pass
 * (`open` check … `close`, for every file of the chain, then `check`), and — once the agent
 * confirms — an apply pass (`open` apply with its part … `close`, then `restore`). Every piece
 * is answered by `ack` once handled, so the reading side never runs ahead of it by more than a
 * piece or two: memory stays flat whatever the file's size.
 */
export type RestoreRequest =
  | { type: 'open'; pass: 'check' }
  | { type: 'open'; pass: 'apply'; part: ApplyPart }
  | { type: 'piece'; text: string }
  | { type: 'close' }
  | { type: 'check' }
  | { type: 'restore' };

/** `parts`: the reads the apply pass makes of each file, in chain order. */
export type CheckOutcome = { ok: true; header: BackupHeader; count: number; parts: ApplyPart[][] } | { ok: false; problems: Problem[] };

/** `stop`: nothing more of this pass is needed (the file is refused already). */
export type RestoreReply =
  | { type: 'ack'; stop: boolean }
  | { type: 'checked'; outcome: CheckOutcome }
  | { type: 'restored'; report: RestoreReport }
  /** Plain Problems cross the thread; the console's side throws them again as a ProblemError. */
  | { type: 'error'; problems: Problem[] };

/** One pass over one file: its reader and what the pass does with the events. */
interface FileRead {
  reader: BackupReader;
  take(events: ReadEvent[]): Promise<boolean>;
  close(): Promise<void>;
  /** A syntax error met while reading (check pass: the file's one problem). */
  syntax?(e: ProblemError): void;
}

/**
 * One restore, from the first piece to the merge, in one thread (a worker, or this one where
 * there is none). The check pass keeps only counts and the current table's keys; the apply
 * pass only a batch of rows. Nothing is written before every file of the chain passed.
 */
export function createRestoreHandler(db: () => Promise<XiaoerDb>, reply: (m: RestoreReply) => void): JobHandler<RestoreRequest> {
  let checked: Array<{ ok: true; value: FileChecked } | { ok: false; error: Problem[] }> = [];
  let confirmed: FileChecked[] | null = null;
  let applier: RestoreApplier | null = null;
  let file: FileRead | null = null;

  /** Runs a step of a pass; a syntax error ends a check pass's file (its one problem) and fails an apply pass. */
  const read = async (f: FileRead, step: () => ReadEvent[] | Promise<ReadEvent[]>): Promise<boolean> => {
    try {
      return await f.take(await step());
    } catch (e) {
      if (!isSyntaxError(e) || !f.syntax) throw e;
      f.syntax(e);
      return false;
    }
  };

  const checkFile = (): FileRead => {
    const checker = new BackupChecker();
    const reader = new BackupReader();
    let going = true;
    const take = async (events: ReadEvent[]): Promise<boolean> => {
      for (const e of events) if (going && !checker.take(e)) going = false;
      return going;
    };
    return {
      reader,
      take,
      close: async () => {
        // A file refused already is not read to its end: its problems are known.
        try {
          if (going) await take(reader.finish());
        } catch (e) {
          if (!isSyntaxError(e)) throw e;
          checker.syntax(e);
        }
        checked.push(checker.finish());
      },
      syntax: (e) => {
        going = false;
        checker.syntax(e);
      },
    };
  };

  const applyFile = (to: RestoreApplier, part: ApplyPart): FileRead => {
    const reader = new BackupReader();
    let batch: { table: string; rows: Record<string, unknown>[]; chars: number } | null = null;
    const flush = async (): Promise<void> => {
      if (batch?.rows.length) await to.apply(batch.table, batch.rows);
      batch = null;
    };
    const take = async (events: ReadEvent[]): Promise<boolean> => {
      for (const e of events) {
        if (e.kind !== 'row' || !BACKUP_TABLES.includes(e.table)) continue;
        if (part === 'changes' ? e.table !== 'changes' : part === 'records' && e.table === 'changes') continue;
        if (batch && batch.table !== e.table) await flush();
        batch ??= { table: e.table, rows: [], chars: 0 };
        batch.rows.push(e.row as Record<string, unknown>);
        batch.chars += e.size;
        if (batch.rows.length >= RESTORE_BATCH_ROWS || batch.chars >= RESTORE_BATCH_CHARS) await flush();
      }
      return true;
    };
    return { reader, take, close: async () => { await take(reader.finish()); await flush(); } };
  };

  return async (m) => {
    try {
      if (m.type === 'open' && m.pass === 'check') {
        if (confirmed) throw bug('a restore checks its files before it merges them');
        file = checkFile();
      } else if (m.type === 'open') {
        if (!confirmed) throw bug('nothing checked to restore');
        applier ??= new RestoreApplier(await db());
        file = applyFile(applier, m.part);
      } else if (m.type === 'piece') {
        if (!file) throw bug('a piece of no file');
        reply({ type: 'ack', stop: !(await read(file, () => file!.reader.feed(m.text))) });
      } else if (m.type === 'close') {
        const f = file;
        file = null;
        if (f) await read(f, async () => { await f.close(); return []; });
      } else if (m.type === 'check') {
        reply({ type: 'checked', outcome: outcomeOf(checked) });
        const all = checked;
        checked = [];
        confirmed = all.every((c) => c.ok) ? all.map((c) => (c as { value: FileChecked }).value) : null;
      } else {
        if (!applier) throw bug('nothing merged');
        reply({ type: 'restored', report: applier.report() });
        applier = null;
        confirmed = null;
      }
    } catch (e) {
      reply({ type: 'error', problems: problemsOf(e) });
    }
  };
}

/** The chain's verdict: the first refused file's problems, or the last file's header and every file's count and reads. */
function outcomeOf(files: Array<{ ok: true; value: FileChecked } | { ok: false; error: Problem[] }>): CheckOutcome {
  const bad = files.find((f) => !f.ok);
  if (bad && !bad.ok) return { ok: false, problems: bad.error };
  const good = files.map((f) => (f as { value: FileChecked }).value);
  const last = good[good.length - 1];
  if (!last) return { ok: false, problems: [problem('notJson')] };
  return {
    ok: true,
    header: last.header,
    count: good.reduce((s, f) => s + f.count, 0),
    parts: good.map((f) => (f.changesFirst ? ['all'] : ['changes', 'records'])),
  };
}
