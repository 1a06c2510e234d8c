import type { z } from 'zod';
import { BACKUP_FORMAT, BackupHeader, type BackupHeader as Header } from '@shared/schemas/backup';
import { err, ok, type Result } from '@shared/lib/result';
import { problem, zodProblems, type Problem, type ProblemError } from '@shared/lib/problem';
import { cleanRecordTexts } from '@shared/lib/textHygiene';
import { CURRENT_VERSION } from '../schema';
import { BACKUP_TABLES, ROW_SCHEMAS, keyOf, type PhotoInBackup } from './tables';
import { backupToBlob } from './blobs';
import { BackupReader, isSyntaxError, type ReadEvent } from './backupReader';

/** A backup that passed every check, its rows as the file has them (photos' bytes as base64; a restore makes Blobs of them). */
export interface ValidSnapshot {
  header: Header;
  rows: Record<string, Record<string, unknown>[]>;
}

/** Enough to fix a file by hand; a file with thousands of bad rows is simply not ours. */
const MAX_PROBLEMS = 20;

/**
 * Every way a backup file is refused is a Problem (shared/lib/problem.ts), precise enough to find
 * it in the file: a row's problem names the table and field (`messages.text`) and the row.
 */

/** What a whole, good file holds: its header, its records (the log not counted), and its table order. */
export interface FileChecked {
  header: Header;
  count: number;
  /** The log's lines come before every record table (as the lines layout writes them). */
  changesFirst: boolean;
}

/**
 * Checks a backup file as it is read, event by event (see BackupReader), keeping only the keys
 * of the table at hand (to refuse a duplicate): the header first — a foreign or newer file is
 * refused with that reason alone, and `take` says to stop reading — then every row against its
 * entity schema, naming table, row and field. Any problem refuses the whole file.
 */
export class BackupChecker {
  private problems: Problem[] = [];
  private header: Header | null = null;
  private refused = false;
  private readonly seenTables = new Set<string>();
  private table: { name: string; row: number; keys: Set<string> } | null = null;
  private count = 0;
  private rows = 0;
  private end: number | null = null;
  private lines = false;
  private changesAt = -1;
  private firstRecordTableAt = -1;

  /** Takes one event; false once the file is refused outright (nothing further can change that). */
  take(e: ReadEvent): boolean {
    if (this.refused) return false;
    if (e.kind === 'header') this.checkHeader(e.header, e.tables);
    else if (e.kind === 'table' || e.kind === 'notList') this.openTable(e.kind === 'table' ? e.name : e.table, e.kind === 'notList');
    else if (e.kind === 'row') this.checkRow(e.row);
    else this.end = e.rows;
    return !this.refused;
  }

  /** A syntax error: the file's one problem. */
  syntax(e: ProblemError): void {
    this.refused = true;
    this.problems = [...e.problems];
  }

  finish(): Result<FileChecked, Problem[]> {
    if (!this.refused) {
      if (!this.header) this.problems.push(problem('notJson'));
      else {
        for (const table of BACKUP_TABLES) if (!this.seenTables.has(table)) this.problems.push(problem('tableMissing', { field: table }));
        // The closing line's count differs from the rows read: lines lost or added by hand.
        if (this.lines && this.end !== null && this.end !== this.rows) this.problems.push(problem('invalid', { field: 'header.end' }));
      }
    }
    if (this.problems.length || !this.header) {
      const shown = this.problems.slice(0, MAX_PROBLEMS);
      return err(this.problems.length > MAX_PROBLEMS ? [...shown, problem('moreProblems', { params: { count: this.problems.length - MAX_PROBLEMS } })] : shown);
    }
    return ok({ header: this.header, count: this.count, changesFirst: this.changesAt >= 0 && (this.firstRecordTableAt < 0 || this.changesAt < this.firstRecordTableAt) });
  }

  private refuse(problems: Problem[]): void {
    this.refused = true;
    this.problems = problems;
  }

  private checkHeader(obj: Record<string, unknown>, tables: 'lines' | 'object' | 'none'): void {
    if (obj['format'] !== BACKUP_FORMAT) return this.refuse([problem('backupForeign')]);
    if (typeof obj['schemaVersion'] === 'number' && obj['schemaVersion'] > CURRENT_VERSION) {
      return this.refuse([problem('backupNewer', { params: { version: obj['schemaVersion'], current: CURRENT_VERSION } })]);
    }
    const header = BackupHeader.safeParse(obj);
    if (!header.success) return this.refuse(zodProblems(header.error, { table: 'header', input: obj, limit: MAX_PROBLEMS }));
    if (tables === 'none') return this.refuse([problem('invalid', { field: 'header.tables' })]);
    this.header = header.data;
    this.lines = tables === 'lines';
  }

  private openTable(name: string, notList: boolean): void {
    const at = this.seenTables.size;
    this.table = null;
    if (!BACKUP_TABLES.includes(name)) return void this.problems.push(problem('tableUnknown', { params: { table: name.slice(0, 64) } }));
    if (this.seenTables.has(name)) return void this.problems.push(problem('duplicate', { field: name }));
    this.seenTables.add(name);
    if (notList) return void this.problems.push(problem('notList', { field: name }));
    if (name === 'changes') this.changesAt = at;
    else if (this.firstRecordTableAt < 0) this.firstRecordTableAt = at;
    this.table = { name, row: 0, keys: new Set() };
  }

  private checkRow(row: unknown): void {
    this.rows += 1;
    const t = this.table;
    if (!t) return; // a row of a table already refused
    t.row += 1;
    const problem = rowProblem(t.name, row, t.row, t.keys);
    if (problem) this.problems.push(problem);
    else if (t.name !== 'changes') this.count += 1;
  }
}

/** What is wrong with one row (schema, or a key seen before in its table), or null; a good row's key joins `keys`. */
function rowProblem(table: string, row: unknown, n: number, keys: Set<string>): Problem | null {
  const parsed = (ROW_SCHEMAS[table] as z.ZodType).safeParse(row);
  if (!parsed.success) return zodProblems(parsed.error, { table, row: n, input: row, limit: 1 })[0] ?? problem('invalid', { field: table, row: n });
  const texts = cleanRecordTexts(row);
  if (!texts.ok) return problem(texts.fault === 'nul' ? 'textNul' : 'textEncoding', { field: `${table}.${texts.field}`, row: n });
  if (table === 'changes') return null;
  const key = keyOf(table, row as Record<string, unknown>);
  if (keys.has(key)) return problem('duplicate', { field: `${table}.${table === 'settings' ? 'key' : 'id'}`, row: n, params: { value: key.slice(0, 64) } });
  keys.add(key);
  return null;
}

/** The fields a table's rows may have: its schema's (an object schema; others keep what zod keeps). */
function knownFields(table: string, row: Record<string, unknown>): readonly string[] {
  const schema = ROW_SCHEMAS[table] as z.ZodType & { shape?: Record<string, unknown> };
  if (schema.shape) return Object.keys(schema.shape);
  const parsed = schema.safeParse(row);
  return parsed.success && parsed.data && typeof parsed.data === 'object' ? Object.keys(parsed.data) : [];
}

/**
 * A checked row as the store keeps it: its values as given (nothing lost to zod's transforms),
 * but only the fields its schema knows — a field a hand-edited or foreign file added is dropped,
 * never stored — and its texts cleaned (textHygiene: bidi and zero-width characters removed);
 * photos as Blobs again.
 */
export function storedRow(table: string, row: Record<string, unknown>): Record<string, unknown> {
  const known = Object.fromEntries(knownFields(table, row).filter((k) => k in row).map((k) => [k, row[k]]));
  const texts = cleanRecordTexts(known);
  const clean = texts.ok ? texts.value : known;
  return table === 'photos' ? { ...clean, blob: backupToBlob((row as PhotoInBackup).blob), thumb: backupToBlob((row as PhotoInBackup).thumb) } : clean;
}

/**
 * Checks a whole backup file's text (both layouts) before anything is written, as
 * BackupChecker does piece by piece, and gives its rows as the file has them: for tests and
 * the in-memory paths; a restore streams instead (restoreJob).
 */
export function validateSnapshot(text: string): Result<ValidSnapshot, Problem[]> {
  const reader = new BackupReader();
  const checker = new BackupChecker();
  const rows: Record<string, Record<string, unknown>[]> = {};
  const take = (events: ReadEvent[]): void => {
    for (const e of events) {
      if (!checker.take(e)) return;
      if (e.kind === 'table' && BACKUP_TABLES.includes(e.name)) rows[e.name] ??= [];
      if (e.kind === 'row' && BACKUP_TABLES.includes(e.table)) rows[e.table]?.push(e.row as Record<string, unknown>);
    }
  };
  try {
    take(reader.feed(text));
    take(reader.finish());
  } catch (e) {
    if (!isSyntaxError(e)) throw e;
    checker.syntax(e);
  }
  const r = checker.finish();
  return r.ok ? ok({ header: r.value.header, rows }) : r;
}
