import * as fsp from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupName, fullBackupName, incrementalBackupName } from '@shared/domain/backup';
import { DAY, HOUR } from '@shared/lib/time';
import { createBackupStore, type BackupFs } from './backup-store';
import type { BackupFiles, BackupWriteResult } from '@shared/host/backupFiles';

/** A whole backup in one piece, through the same atomic path as the pieced writes. */
async function writeWholeBackup(files: BackupFiles, name: string, content: string): Promise<BackupWriteResult> {
  await files.begin(name);
  await files.append(name, content);
  return files.commit(name);
}

let root: string;
let dir: string;
const NOW = Date.UTC(2026, 10, 23, 4);
const store = (now = NOW, over: Partial<BackupFs> = {}) =>
  createBackupStore({ fs: { ...(fsp as unknown as BackupFs), ...over }, dir, joinPath: join, now: () => now, warn: vi.fn() });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'xiaoer-backup-'));
  dir = join(root, 'backups');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('backup files on disk', () => {
  it('writes a backup, lists it newest first with its size, and reads it back', async () => {
    const s = store();
    const older = backupName(NOW - HOUR);
    const newer = backupName(NOW);
    await writeWholeBackup(s, older, '{"a":1}');
    const result = await writeWholeBackup(s, newer, '{"小二":"备份"}');
    expect(result).toEqual({ name: newer, sizeBytes: Buffer.byteLength('{"小二":"备份"}'), kept: [newer, older], removed: [] });
    expect(await s.list()).toEqual([
      { name: newer, createdAt: NOW, sizeBytes: Buffer.byteLength('{"小二":"备份"}') },
      { name: older, createdAt: NOW - HOUR, sizeBytes: 7 },
    ]);
    expect(await s.read(newer)).toBe('{"小二":"备份"}');
    expect(readdirSync(dir).sort()).toEqual([older, newer].sort());
  });

  it('applies the rotation after each write and says what it removed', async () => {
    const s = store();
    const names = [3 * HOUR, 26 * HOUR, 27 * HOUR, 90 * DAY].map((ago) => backupName(NOW - ago));
    mkdirSync(dir, { recursive: true });
    for (const n of names) writeFileSync(join(dir, n), '{}');
    const result = await writeWholeBackup(s, backupName(NOW), '{}');
    expect(result.removed.sort()).toEqual([names[2], names[3]].sort());
    expect(readdirSync(dir).sort()).toEqual([backupName(NOW), names[0], names[1]].sort());
  });

  it('never lists or removes files that are not backups', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'readme.txt'), 'mine');
    writeFileSync(join(dir, 'xiaoer-backup-20200101-000000.json.bak'), 'mine');
    await writeWholeBackup(store(), backupName(NOW), '{}');
    expect((await store().list()).map((e) => e.name)).toEqual([backupName(NOW)]);
    expect(readdirSync(dir)).toContain('readme.txt');
    expect(readdirSync(dir)).toContain('xiaoer-backup-20200101-000000.json.bak');
  });

  it('writes through a temp file, fsync and rename: a crash before the rename leaves the old backup intact', async () => {
    const name = backupName(NOW);
    await writeWholeBackup(store(), name, 'complete');
    const crashed = store(NOW, { rename: () => Promise.reject(new Error('power cut')) });
    await expect(writeWholeBackup(crashed, name, 'half')).rejects.toThrow('power cut');
    expect(readFileSync(join(dir, name), 'utf8')).toBe('complete');
    expect((await store().list()).map((e) => e.name)).toEqual([name]);
    // The next write sweeps the torn temp file.
    await writeWholeBackup(store(), backupName(NOW + 1000), 'next');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('syncs the file before renaming it', async () => {
    const order: string[] = [];
    const open: BackupFs['open'] = async (path, flags) => {
      const h = await fsp.open(path, flags);
      return { writeFile: async (d, e) => { order.push('write'); await h.writeFile(d, e); }, read: (b, o, l, p) => h.read(b, o, l, p), sync: async () => { order.push('sync'); await h.sync(); }, close: () => h.close() };
    };
    const rename: BackupFs['rename'] = async (a, b) => { order.push('rename'); await fsp.rename(a, b); };
    await writeWholeBackup(store(NOW, { open, rename }), backupName(NOW), '{}');
    expect(order).toEqual(['write', 'sync', 'rename']);
  });

  it.each([['../escape.json'], ['xiaoer-backup-20261123-140509.json/../../x'], ['..\\xiaoer-backup-20261123-140509.json']])('refuses the name %s', async (name) => {
    await expect(writeWholeBackup(store(), name, '{}')).rejects.toThrow('not a backup file name');
    await expect(store().read(name)).rejects.toThrow('not a backup file name');
    await expect(store().readChunk(name, 0, 16)).rejects.toThrow('not a backup file name');
  });

  it('lists nothing before the first backup', async () => {
    expect(await store().list()).toEqual([]);
  });
});

describe('a backup written in parts', () => {
  it('appends each part to a temp file and makes it the backup only on commit', async () => {
    const s = store();
    const name = fullBackupName(NOW, 42);
    await s.begin(name);
    await s.append(name, '{"part":1,');
    await s.append(name, '"小二":"备份"}');
    expect(await s.list()).toEqual([]);
    expect(readdirSync(dir)).toEqual([`${name}.tmp`]);
    const result = await s.commit(name);
    expect(result).toMatchObject({ name, kept: [name], removed: [] });
    expect(await s.read(name)).toBe('{"part":1,"小二":"备份"}');
    expect(readdirSync(dir)).toEqual([name]);
    await expect(s.append(name, 'late')).rejects.toThrow('was not begun');
  });

  it('abort drops the unfinished file and keeps the previous backups', async () => {
    const s = store();
    await writeWholeBackup(s, backupName(NOW - HOUR), 'old');
    const name = fullBackupName(NOW, 7);
    await s.begin(name);
    await s.append(name, 'half');
    await s.abort(name);
    expect(readdirSync(dir)).toEqual([backupName(NOW - HOUR)]);
  });

  it('rotation at commit keeps the full backup a kept incremental needs', async () => {
    const s = store();
    const base = fullBackupName(NOW - 30 * HOUR, 10);
    const later = fullBackupName(NOW - 26 * HOUR, 20);
    const inc = incrementalBackupName(NOW - 2 * HOUR, NOW - 30 * HOUR, 10, 15);
    mkdirSync(dir, { recursive: true });
    for (const n of [base, later, inc]) writeFileSync(join(dir, n), '{}');
    const result = await writeWholeBackup(s, backupName(NOW), '{}');
    // Same Shanghai day: the daily rule alone would keep only the later full.
    expect(result.removed).toEqual([]);
    expect(readdirSync(dir)).toContain(base);
  });
});

describe('a backup read in parts', () => {
  it('reads a file in pieces that never split a character and reassemble it exactly', async () => {
    const s = store();
    const name = fullBackupName(NOW, 3);
    const text = `{"notes":"${'客服小二😀ab'.repeat(4000)}"}`;
    await writeWholeBackup(s, name, text);
    const size = await s.size(name);
    expect(size).toBe(Buffer.byteLength(text));
    let out = '';
    let pieces = 0;
    for (let at = 0; at < size; pieces += 1) {
      const chunk = await s.readChunk(name, at, 1001);
      expect(chunk.sizeBytes).toBe(size);
      expect(chunk.nextOffset).toBeGreaterThan(at);
      expect(chunk.nextOffset - at).toBeLessThanOrEqual(1001);
      out += chunk.text;
      at = chunk.nextOffset;
    }
    expect(out).toBe(text);
    expect(pieces).toBeGreaterThan(size / 1001);
  });

  it('answers an empty piece past the end of the file', async () => {
    const s = store();
    const name = fullBackupName(NOW, 4);
    await writeWholeBackup(s, name, '{}');
    expect(await s.readChunk(name, 2, 100)).toEqual({ text: '', nextOffset: 2, sizeBytes: 2 });
  });

  it('refuses to read a backup that is not there', async () => {
    await expect(store().readChunk(fullBackupName(NOW, 5), 0, 100)).rejects.toThrow(/ENOENT/);
    await expect(store().size(fullBackupName(NOW, 5))).rejects.toThrow(/ENOENT/);
  });
});
