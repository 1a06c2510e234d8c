import { describe, expect, it } from 'vitest';
import { BACKUP_NAME, BackupName } from '../../schemas/backup';
import { backupName, backupTime, fullBackupName, incrementalBackupName, parseBackupName } from './naming';

describe('backup file names', () => {
  it.each([
    ['a UTC afternoon', Date.UTC(2026, 10, 23, 14, 5, 9), 'xiaoer-backup-20261123-140509.json'],
    ['Shanghai early morning is still the previous UTC day', Date.UTC(2026, 10, 22, 17, 30, 0), 'xiaoer-backup-20261122-173000.json'],
    ['milliseconds are dropped', Date.UTC(2027, 0, 1, 0, 0, 0) + 999, 'xiaoer-backup-20270101-000000.json'],
  ])('%s → %s', (_label, at, name) => {
    expect(backupName(at)).toBe(name);
    expect(BACKUP_NAME.test(name)).toBe(true);
    expect(backupTime(name)).toBe(Math.floor(at / 1000) * 1000);
  });

  it.each([
    ['a path', '../xiaoer-backup-20261123-140509.json'],
    ['a Windows path', 'C:\\xiaoer-backup-20261123-140509.json'],
    ['another extension', 'xiaoer-backup-20261123-140509.json.tmp'],
    ['month 13', 'xiaoer-backup-20261323-140509.json'],
    ['hour 25', 'xiaoer-backup-20261123-250509.json'],
    ['a foreign file', 'notes.json'],
  ])('refuses %s', (_label, name) => {
    expect(backupTime(name)).toBeNull();
  });

  it('names sort in time order', () => {
    const times = [Date.UTC(2026, 0, 2, 3), Date.UTC(2025, 11, 31, 23, 59, 59), Date.UTC(2026, 0, 2, 2, 59)];
    const names = times.map(backupName);
    expect([...names].sort()).toEqual([...times].sort((a, b) => a - b).map(backupName));
  });
});

describe('full and incremental backup names', () => {
  const at = Date.UTC(2026, 10, 23, 14, 5, 9);
  const base = Date.UTC(2026, 10, 23, 1, 0, 0);

  it('a full backup names its log position', () => {
    const name = fullBackupName(at, 130_000);
    expect(name).toBe('xiaoer-backup-20261123-140509-full-130000.json');
    expect(parseBackupName(name)).toEqual({ name, createdAt: at, kind: 'full', toSeq: 130_000 });
  });

  it('an incremental names its base full backup and its log range', () => {
    const name = incrementalBackupName(at, base, 130_000, 130_420);
    expect(name).toBe('xiaoer-backup-20261123-140509-inc-20261123-010000-130000-130420.json');
    expect(BackupName.safeParse(name).success).toBe(true);
    expect(parseBackupName(name)).toEqual({ name, createdAt: at, kind: 'incremental', baseAt: base, fromSeq: 130_000, toSeq: 130_420 });
  });

  it('a name without a kind is a full backup of unknown log position (exported, or kept before)', () => {
    expect(parseBackupName(backupName(at))).toMatchObject({ kind: 'full', toSeq: null });
  });

  it.each([
    ['a base after its incremental', 'xiaoer-backup-20261123-010000-inc-20261123-140509-1-2.json'],
    ['a range running backwards', 'xiaoer-backup-20261123-140509-inc-20261123-010000-9-2.json'],
    ['an impossible base date', 'xiaoer-backup-20261123-140509-inc-20261332-010000-1-2.json'],
    ['a full without its seq', 'xiaoer-backup-20261123-140509-full-.json'],
  ])('refuses %s', (_label, name) => {
    expect(parseBackupName(name)).toBeNull();
  });
});
