import { backupTime, planRotation } from '@shared/domain/backup';
import { BackupName, type BackupEntry } from '@shared/schemas/backup';

/**
 * Rotating backups for the browser host, in the Origin Private File System (a folder
 * `backups/` private to this site). A writable stream writes to a swap file that replaces the
 * target only when `close()` succeeds, so a closed tab or a crash mid-write leaves the previous
 * complete file — the same guarantee the Electron host gets from temp file + fsync + rename.
 * OPFS lives with the site's storage: it protects against a bad import or a damaged IndexedDB,
 * not against clearing site data; 导出到文件 covers that.
 */
export interface BrowserBackups {
  write(name: string, content: string): Promise<{ name: string; sizeBytes: number; kept: string[]; removed: string[] }>;
  list(): Promise<BackupEntry[]>;
  read(name: string): Promise<string>;
}

type Dir = FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemHandle> };

export function createOpfsBackups(storage: StorageManager | undefined, now: () => number = Date.now): BrowserBackups {
  const folder = async (): Promise<Dir> => {
    if (!storage?.getDirectory) throw new Error('this browser cannot keep backups (no private file system); use 导出到文件');
    const root = await storage.getDirectory();
    return (await root.getDirectoryHandle('backups', { create: true })) as Dir;
  };
  const checked = (name: string): string => {
    if (!BackupName.safeParse(name).success) throw new Error(`name: not a backup file name: ${name.slice(0, 80)}`);
    return name;
  };

  const list = async (): Promise<BackupEntry[]> => {
    const dir = await folder();
    const entries: BackupEntry[] = [];
    for await (const handle of dir.values()) {
      const createdAt = backupTime(handle.name);
      if (handle.kind !== 'file' || createdAt === null) continue;
      const file = await (handle as FileSystemFileHandle).getFile();
      entries.push({ name: handle.name, createdAt, sizeBytes: file.size });
    }
    return entries.sort((a, b) => b.createdAt - a.createdAt);
  };

  return {
    async write(name, content) {
      const dir = await folder();
      const handle = await dir.getFileHandle(checked(name), { create: true });
      const stream = await handle.createWritable();
      try {
        await stream.write(content);
        await stream.close();
      } catch (e) {
        await stream.abort().catch(() => undefined);
        throw e;
      }
      const all = await list();
      const removed = planRotation(all, now()).remove.filter((n) => n !== name);
      for (const n of removed) await dir.removeEntry(n);
      const sizeBytes = all.find((e) => e.name === name)?.sizeBytes ?? 0;
      return { name, sizeBytes, kept: all.map((e) => e.name).filter((n) => !removed.includes(n)), removed };
    },
    list,
    async read(name) {
      const dir = await folder();
      return (await (await dir.getFileHandle(checked(name))).getFile()).text();
    },
  };
}
