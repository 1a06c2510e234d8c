import { describe, expect, it } from 'vitest';
import { BACKUP_NAME } from '../../schemas/backup';
import { backupName, backupTime } from './naming';

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
