import type { z } from 'zod';
import { BACKUP_FORMAT, BackupHeader, type BackupHeader as Header } from '@shared/schemas/backup';
import { err, ok, type Result } from '@shared/lib/result';
import { problem, zodProblems, type Problem } from '@shared/lib/problem';
import { CURRENT_VERSION } from '../schema';
import { BACKUP_TABLES, ROW_SCHEMAS, keyOf, type PhotoInBackup } from './tables';
import { backupToBlob } from './blobs';

/** A backup that passed every check, its rows ready to store (photos as Blobs again). */
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
function checkRows(table: string, rows: unknown[], problems: Problem[]): Record<string, unknown>[] {
  const schema = ROW_SCHEMAS[table] as z.ZodType;
  const seen = new Set<string>();
  const good: Record<string, unknown>[] = [];
  rows.forEach((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, { table, row: i + 1, input: row, limit: 1 }));
      return;
    }
    const r = row as Record<string, unknown>;
    const key = keyOf(table, r);
    if (table !== 'changes' && seen.has(key)) {
      problems.push(problem('duplicate', { field: `${table}.${table === 'settings' ? 'key' : 'id'}`, row: i + 1, params: { value: key.slice(0, 64) } }));
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
export function validateSnapshot(text: string, onTable?: (done: number, of: number) => void): Result<ValidSnapshot, Problem[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err([problem('notJson')]);
  }
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (obj['format'] !== BACKUP_FORMAT) return err([problem('backupForeign')]);
  if (typeof obj['schemaVersion'] === 'number' && obj['schemaVersion'] > CURRENT_VERSION) {
    return err([problem('backupNewer', { params: { version: obj['schemaVersion'], current: CURRENT_VERSION } })]);
  }
  const header = BackupHeader.safeParse(obj);
  if (!header.success) return err(zodProblems(header.error, { table: 'header', input: obj, limit: MAX_PROBLEMS }));
  const tables = obj['tables'];
  if (!tables || typeof tables !== 'object' || Array.isArray(tables)) return err([problem('invalid', { field: 'header.tables' })]);

  const problems: Problem[] = [];
  const rows: Record<string, Record<string, unknown>[]> = {};
  const given = tables as Record<string, unknown>;
  for (const table of Object.keys(given)) if (!BACKUP_TABLES.includes(table)) problems.push(problem('tableUnknown', { params: { table: table.slice(0, 64) } }));
  for (const table of BACKUP_TABLES) {
    const list = given[table];
    if (list === undefined) problems.push(problem('tableMissing', { field: table }));
    else if (!Array.isArray(list)) problems.push(problem('notList', { field: table }));
    else rows[table] = checkRows(table, list, problems);
    onTable?.(Object.keys(rows).length, BACKUP_TABLES.length);
  }
  if (problems.length) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    return err(problems.length > MAX_PROBLEMS ? [...shown, problem('moreProblems', { params: { count: problems.length - MAX_PROBLEMS } })] : shown);
  }
  return ok({ header: header.data, rows });
}
