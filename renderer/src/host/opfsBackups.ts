import { backupTime, planRotation } from '@shared/domain/backup';
import { BackupName, type BackupEntry } from '@shared/schemas/backup';
import { textPiece, type TextPiece } from '@shared/lib/utf8';
import type { BackupFiles } from '@shared/host/backupFiles';

/**
 * Rotating backups for the browser host, in the Origin Private File System (a folder
 * `backups/` private to this site). A writable stream writes to a swap file that replaces the
 * target only when `close()` succeeds, so a closed tab or a crash mid-write (even between
 * the parts of a backup written in parts) leaves the previous complete file — the same guarantee the Electron host gets from temp file + fsync + rename.
 * OPFS lives with the site's storage: it protects against a bad import or a damaged IndexedDB,
 * not against clearing site data; 导出到文件 covers that.
 */
/** A piece of a File (an OPFS backup, or a file the agent picked). */
export async function readFilePiece(file: File, offset: number, length: number): Promise<TextPiece> {
  return textPiece(new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()), offset, file.size);
}

type Dir = FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemHandle> };

export function createOpfsBackups(storage: StorageManager | undefined, now: () => number = Date.now): BackupFiles {
  const folder = async (): Promise<Dir> => {
    if (!storage?.getDirectory) throw new Error('this browser cannot keep backups (no private file system); use 导出到文件');
    const root = await storage.getDirectory();
    return (await root.getDirectoryHandle('backups', { create: true })) as Dir;
  };
  const checked = (name: string): string => {
    if (!BackupName.safeParse(name).success) throw new Error(`name: not a backup file name: ${name.slice(0, 80)}`);
    return name;
  };

  /** Backups being written: their streams, by name. */
  const open = new Map<string, FileSystemWritableFileStream>();

  const list = async (): Promise<BackupEntry[]> => {
    const dir = await folder();
    const entries: BackupEntry[] = [];
    for await (const handle of dir.values()) {
      const createdAt = backupTime(handle.name);
      if (handle.kind !== 'file' || createdAt === null || open.has(handle.name)) continue;
      const file = await (handle as FileSystemFileHandle).getFile();
      // Empty: the placeholder of a write a closed tab interrupted (the swap file is gone).
      if (file.size > 0) entries.push({ name: handle.name, createdAt, sizeBytes: file.size });
    }
    return entries.sort((a, b) => b.createdAt - a.createdAt);
  };

  const stream = (name: string): FileSystemWritableFileStream => {
    const s = open.get(name);
    if (!s) throw new Error(`backup ${name.slice(0, 80)} was not begun (or is already finished)`);
    return s;
  };

  // In parts, one writable stream (a swap file) is open from begin to commit.
  const b: BackupFiles = {
    async begin(name) {
      const dir = await folder();
      if (open.has(checked(name))) throw new Error(`backup ${name} is already being written`);
      const handle = await dir.getFileHandle(name, { create: true });
      open.set(name, await handle.createWritable());
    },
    async append(name, chunk) {
      await stream(name).write(chunk);
    },
    async abort(name) {
      const s = open.get(name);
      open.delete(name);
      await s?.abort().catch(() => undefined);
    },
    async commit(name) {
      const s = stream(name);
      open.delete(name);
      try {
        await s.close();
      } catch (e) {
        await s.abort().catch(() => undefined);
        throw e;
      }
      const dir = await folder();
      const all = await list();
      const removed = planRotation(all, now()).remove.filter((n) => n !== name);
      for (const n of removed) await dir.removeEntry(n);
      const sizeBytes = all.find((e) => e.name === name)?.sizeBytes ?? 0;
      return { name, sizeBytes, kept: all.map((e) => e.name).filter((n) => !removed.includes(n)), removed };
    },
    list,
    async size(name) {
      const dir = await folder();
      return (await (await dir.getFileHandle(checked(name))).getFile()).size;
    },
    async readChunk(name, offset, length) {
      const dir = await folder();
      return readFilePiece(await (await dir.getFileHandle(checked(name))).getFile(), offset, length);
    },
  };
  return b;
}
