import type { TextPiece } from '../lib/utf8';
import type { BackupEntry } from '../schemas/backup';

/** What a kept backup write answers: the file, its size, and what the rotation kept and removed. */
export interface BackupWriteResult {
  name: string;
  sizeBytes: number;
  kept: string[];
  removed: string[];
}

/**
 * The kept backups as a host holds them (Electron: files under userData; browser host: OPFS).
 * The backup:* calls of the contract map one to one onto these.
 */
export interface BackupFiles {
  /** A backup in parts: a temporary file open between begin and commit, renamed into place on commit. */
  begin(name: string): Promise<void>;
  append(name: string, chunk: string): Promise<void>;
  commit(name: string): Promise<BackupWriteResult>;
  abort(name: string): Promise<void>;
  list(): Promise<BackupEntry[]>;
  size(name: string): Promise<number>;
  /** Up to `length` bytes from `offset`, ending on a whole character (see backup:read-chunk). */
  readChunk(name: string, offset: number, length: number): Promise<TextPiece>;
}

/** A whole backup in one piece, through the same atomic path as the pieced writes. */
export async function writeWholeBackup(files: BackupFiles, name: string, content: string): Promise<BackupWriteResult> {
  await files.begin(name);
  await files.append(name, content);
  return files.commit(name);
}
