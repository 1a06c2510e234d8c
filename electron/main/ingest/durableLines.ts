import * as fs from 'node:fs';

/**
 * JSON-lines files that survive a crash, for the ingest and outbox journals: appended rows are
 * fsynced before the caller answers "accepted", and a compaction replaces the file atomically
 * (temp file, fsync, rename, fsync of the folder).
 */
const linesOf = (rows: readonly object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

export function fsyncDir(dir: string): void {
  // Makes the rename durable; not possible on Windows, where rename is already journaled by NTFS.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
}

/** Replaces `path` (in `dir`) with `rows`; returns a descriptor open for appending. */
export function replaceLinesDurably(path: string, dir: string, rows: readonly object[]): number {
  const tmp = `${path}.tmp`;
  const tfd = fs.openSync(tmp, 'w', 0o600);
  try { fs.writeSync(tfd, linesOf(rows)); fs.fsyncSync(tfd); } finally { fs.closeSync(tfd); }
  fs.renameSync(tmp, path);
  fsyncDir(dir);
  return fs.openSync(path, 'a', 0o600);
}

export function appendLinesDurably(fd: number, rows: readonly object[]): void {
  fs.writeSync(fd, linesOf(rows));
  fs.fsyncSync(fd);
}
