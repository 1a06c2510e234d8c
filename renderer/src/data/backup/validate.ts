import type { z } from 'zod';
import { BACKUP_FORMAT, BackupHeader, type BackupHeader as Header } from '@shared/schemas/backup';
import { err, ok, type Result } from '@shared/lib/result';
import { CURRENT_VERSION } from '../schema';
import { BACKUP_TABLES, ROW_SCHEMAS, keyOf, type PhotoInBackup } from './tables';
import { backupToBlob } from './blobs';

/** One thing wrong with a backup file, precise enough to find it in the file. */
export type BackupProblem =
  | { kind: 'json'; detail: string }
  | { kind: 'foreign' }
  | { kind: 'newer'; version: number; current: number }
  | { kind: 'header'; field: string; detail: string }
  | { kind: 'missingTable'; table: string }
  | { kind: 'unknownTable'; table: string }
  | { kind: 'row'; table: string; row: number; field: string; detail: string }
  | { kind: 'more'; count: number }
  /** A file bigger than a restore can read (BACKUP_RESTORE_MAX_BYTES), refused by its size alone. */
  | { kind: 'tooLarge'; sizeMb: number; maxMb: number }
  /** An incremental backup whose full backup (taken at `base`, Shanghai time) or a link is missing. */
  | { kind: 'needsBase'; base: string };

/** A backup that passed every check, its rows ready to store (photos as Blobs again). */
export interface ValidSnapshot {
  header: Header;
  rows: Record<string, Record<string, unknown>[]>;
}

/** Enough to fix a file by hand; a file with thousands of bad rows is simply not ours. */
const MAX_PROBLEMS = 20;

/** The problem as one English line, e.g. "table messages, row 12, field text: …". */
export function describeProblem(p: BackupProblem): string {
  switch (p.kind) {
    case 'json': return `not a JSON file: ${p.detail}`;
    case 'foreign': return `not a Xiaoer Desk backup (format is not "${BACKUP_FORMAT}")`;
    case 'newer': return `made by a newer Xiaoer Desk (store version ${p.version}); this one reads up to version ${p.current}`;
    case 'header': return `header, field ${p.field}: ${p.detail}`;
    case 'missingTable': return `table ${p.table}: missing`;
    case 'unknownTable': return `table ${p.table}: not a table of this store`;
    case 'row': return `table ${p.table}, row ${p.row}, field ${p.field}: ${p.detail}`;
    case 'more': return `… and ${p.count} more problems`;
    case 'tooLarge': return `the file is ${p.sizeMb} MB; a restore reads at most ${p.maxMb} MB`;
    case 'needsBase': return `an incremental backup: it holds only the changes made after the full backup of ${p.base}, which is needed first`;
  }
}

const fieldOf = (issue: z.core.$ZodIssue): string => (issue.path.length ? issue.path.join('.') : '(row)');

function checkRows(table: string, rows: unknown[], problems: BackupProblem[]): Record<string, unknown>[] {
  const schema = ROW_SCHEMAS[table] as z.ZodType;
  const seen = new Set<string>();
  const good: Record<string, unknown>[] = [];
  rows.forEach((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0] as z.core.$ZodIssue;
      problems.push({ kind: 'row', table, row: i + 1, field: fieldOf(issue), detail: issue.message });
      return;
    }
    const r = row as Record<string, unknown>;
    const key = keyOf(table, r);
    if (table !== 'changes' && seen.has(key)) {
      problems.push({ kind: 'row', table, row: i + 1, field: table === 'settings' ? 'key' : 'id', detail: `duplicate of an earlier row (${key.slice(0, 64)})` });
      return;
    }
    seen.add(key);
    // Stored as given (like any pre-signed write), not as zod's stripped copy: nothing is lost.
    good.push(table === 'photos' ? { ...r, blob: backupToBlob((r as PhotoInBackup).blob), thumb: backupToBlob((r as PhotoInBackup).thumb) } : r);
  });
  return good;
}

/**
 * Checks a backup file completely before anything is written: the header first (a foreign or
 * newer file is refused with that reason alone), then every row of every table against its
 * entity schema. Any problem refuses the whole file.
 */
export function validateSnapshot(text: string, onTable?: (done: number, of: number) => void): Result<ValidSnapshot, BackupProblem[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err([{ kind: 'json', detail: e instanceof Error ? e.message : String(e) }]);
  }
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (obj['format'] !== BACKUP_FORMAT) return err([{ kind: 'foreign' }]);
  if (typeof obj['schemaVersion'] === 'number' && obj['schemaVersion'] > CURRENT_VERSION) {
    return err([{ kind: 'newer', version: obj['schemaVersion'], current: CURRENT_VERSION }]);
  }
  const header = BackupHeader.safeParse(obj);
  if (!header.success) return err(header.error.issues.slice(0, MAX_PROBLEMS).map((i) => ({ kind: 'header' as const, field: fieldOf(i), detail: i.message })));
  const tables = obj['tables'];
  if (!tables || typeof tables !== 'object' || Array.isArray(tables)) return err([{ kind: 'header', field: 'tables', detail: 'expected an object of tables' }]);

  const problems: BackupProblem[] = [];
  const rows: Record<string, Record<string, unknown>[]> = {};
  const given = tables as Record<string, unknown>;
  for (const table of Object.keys(given)) if (!BACKUP_TABLES.includes(table)) problems.push({ kind: 'unknownTable', table });
  for (const table of BACKUP_TABLES) {
    const list = given[table];
    if (list === undefined) problems.push({ kind: 'missingTable', table });
    else if (!Array.isArray(list)) problems.push({ kind: 'header', field: `tables.${table}`, detail: 'expected a list of rows' });
    else rows[table] = checkRows(table, list, problems);
    onTable?.(Object.keys(rows).length, BACKUP_TABLES.length);
  }
  if (problems.length) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    return err(problems.length > MAX_PROBLEMS ? [...shown, { kind: 'more', count: problems.length - MAX_PROBLEMS }] : shown);
  }
  return ok({ header: header.data, rows });
}
