import { backupTime, planRotation } from '@shared/domain/backup';
import { BackupName, type BackupEntry } from '@shared/schemas/backup';
import { textPiece } from '@shared/lib/utf8';
import type { BackupFiles, BackupWriteResult } from '@shared/host/backupFiles';
import { messageOf } from '@shared/lib/problem';

/**
 * Backup files for the Electron host under <userData>/backups, outside the renderer's own
 * storage: a corrupt Chromium profile or a "clear site data" does not take the backups with it.
 * A write goes to a temp file (in one piece, or in parts between begin and commit), is
 * fsynced, then renamed over the final name, so a power cut leaves either no file or a complete
 * one; then the rotation removes what it no longer keeps.
 */

/** The few node:fs/promises calls used (a real temp dir in tests). */
export interface BackupFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  open(path: string, flags: 'w' | 'r'): Promise<{
    writeFile(data: string, encoding: 'utf8'): Promise<void>;
    read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
    sync(): Promise<void>;
    close(): Promise<void>;
  }>;
  rename(from: string, to: string): Promise<void>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(dir: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number }>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export interface BackupStoreDeps {
  fs: BackupFs;
  /** <userData>/backups */
  dir: string;
  joinPath(dir: string, name: string): string;
  now(): number;
  warn(message: string): void;
}

export type { BackupWriteResult };

/** The host's backup files on disk; `read` (whole file) is for tests and tools, the app reads in pieces. */
export interface BackupStore extends BackupFiles {
  read(name: string): Promise<string>;
}

export function createBackupStore({ fs, dir, joinPath, now, warn }: BackupStoreDeps): BackupStore {
  // Checked again here (the contract already did): the name becomes a path.
  const pathOf = (name: string): string => {
    if (!BackupName.safeParse(name).success) throw new Error(`name: not a backup file name: ${name.slice(0, 80)}`);
    return joinPath(dir, name);
  };

  const names = async (): Promise<string[]> => {
    try {
      return await fs.readdir(dir);
    } catch {
      return []; // no folder yet: no backup was ever taken
    }
  };

  const list = async (): Promise<BackupEntry[]> => {
    const entries: BackupEntry[] = [];
    for (const name of await names()) {
      const createdAt = backupTime(name);
      if (createdAt === null) continue;
      try {
        entries.push({ name, createdAt, sizeBytes: (await fs.stat(joinPath(dir, name))).size });
      } catch {
        // Removed between readdir and stat (another rotation): simply not listed.
      }
    }
    return entries.sort((a, b) => b.createdAt - a.createdAt);
  };

  type Handle = Awaited<ReturnType<BackupFs['open']>>;
  /** Backups being written, by name: their temp file stays open between the calls. */
  const open = new Map<string, { handle: Handle; chars: number }>();
  const session = (name: string) => {
    const s = open.get(name);
    if (!s) throw new Error(`backup ${name.slice(0, 80)} was not begun (or is already finished)`);
    return s;
  };
  const closeQuietly = async (name: string): Promise<void> => {
    const s = open.get(name);
    open.delete(name);
    await s?.handle.close().catch(() => undefined);
  };

  const store: BackupStore = {
    async begin(name) {
      const target = pathOf(name);
      if (open.has(name)) throw new Error(`backup ${name} is already being written`);
      await fs.mkdir(dir, { recursive: true });
      // Leftover temp files are writes a crash interrupted; the finished backups stand.
      for (const n of await names()) if (n.endsWith('.json.tmp') && !open.has(n.slice(0, -4))) await fs.rm(joinPath(dir, n), { force: true });
      open.set(name, { handle: await fs.open(`${target}.tmp`, 'w'), chars: 0 });
    },
    async append(name, chunk) {
      const s = session(name);
      await s.handle.writeFile(chunk, 'utf8');
      s.chars += chunk.length;
    },
    async abort(name) {
      pathOf(name);
      await closeQuietly(name);
      await fs.rm(`${joinPath(dir, name)}.tmp`, { force: true });
    },
    async commit(name) {
      const target = pathOf(name);
      const s = session(name);
      try {
        await s.handle.sync();
      } finally {
        await closeQuietly(name);
      }
      await fs.rename(`${target}.tmp`, target);
      const all = await list();
      const plan = planRotation(all, now());
      // The backup just written is never removed by its own rotation (a clock far behind could ask).
      const removed = plan.remove.filter((n) => n !== name);
      for (const n of removed) {
        try {
          await fs.rm(joinPath(dir, n), { force: true });
        } catch (e) {
          warn(`backup: could not remove ${n}: ${messageOf(e)}`);
        }
      }
      const sizeBytes = all.find((e) => e.name === name)?.sizeBytes ?? 0;
      return { name, sizeBytes, kept: all.map((e) => e.name).filter((n) => !removed.includes(n)), removed };
    },
    list,
    async read(name) {
      return fs.readFile(pathOf(name), 'utf8');
    },
    async size(name) {
      return (await fs.stat(pathOf(name))).size;
    },
    async readChunk(name, offset, length) {
      const path = pathOf(name);
      const handle = await fs.open(path, 'r');
      try {
        const sizeBytes = (await fs.stat(path)).size;
        const buffer = new Uint8Array(Math.max(0, Math.min(length, sizeBytes - offset)));
        const { bytesRead } = buffer.length ? await handle.read(buffer, 0, buffer.length, offset) : { bytesRead: 0 };
        return textPiece(buffer.subarray(0, bytesRead), offset, sizeBytes);
      } finally {
        await handle.close();
      }
    },
  };
  return store;
}
