import type { TextPiece } from '../lib/utf8';
import type { BackupEntry } from '../schemas/backup';
import type { InvokeChannel } from './contract';
import type { InvokeHandlers } from './dispatch';

/** What a kept backup write answers: the file, its size, and what the rotation kept and removed. */
export interface BackupWriteResult {
  name: string;
  sizeBytes: number;
  kept: string[];
  removed: string[];
}

/**
 * The kept backups as a host holds them (Electron: files under userData; browser host: OPFS).
 * The backup:* calls of the contract map one to one onto these (`backupHandlers`).
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

export type BackupChannel = Extract<InvokeChannel, `backup:${string}`>;

/**
 * The backup:* rows of a host's handler table, the same for both hosts: each host only says
 * where its files live. A failure (disk or quota full, no private file system) throws with the
 * host's own wording, which the shared dispatch turns into an error naming the call.
 */
export function backupHandlers(files: BackupFiles): Pick<InvokeHandlers, BackupChannel> {
  return {
    'backup:begin': async ({ name }) => (await files.begin(name), { name }),
    'backup:append': async ({ name, chunk }) => (await files.append(name, chunk), { name }),
    'backup:commit': ({ name }) => files.commit(name),
    'backup:abort': async ({ name }) => (await files.abort(name), { name }),
    'backup:list': () => files.list(),
    'backup:size': async ({ name }) => ({ sizeBytes: await files.size(name) }),
    'backup:read-chunk': ({ name, offset, length }) => files.readChunk(name, offset, length),
  };
}
