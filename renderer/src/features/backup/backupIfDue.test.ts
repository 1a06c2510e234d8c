import { describe, expect, it, vi } from 'vitest';
import { HOUR, MINUTE } from '@shared/lib/time';
import { backupIfDue, type AutoBackupDeps } from './backupIfDue';

const T = 1_800_000_000_000;
const deps = (over: Partial<AutoBackupDeps> = {}): AutoBackupDeps & { take: ReturnType<typeof vi.fn> } => ({
  listTimes: async () => [T - 2 * HOUR, T - 3 * HOUR],
  lastChangeAt: async () => T - MINUTE,
  now: () => T,
  ...over,
  take: vi.fn(async () => undefined),
});

describe('backupIfDue', () => {
  it('takes a backup signed by the agent when the hour has passed and something changed', async () => {
    const d = deps();
    expect(await backupIfDue('interval', 'A1', d)).toBe(true);
    expect(d.take).toHaveBeenCalledWith('A1');
  });

  it('asks the newest kept backup, not an older one', async () => {
    const d = deps({ listTimes: async () => [T - 10 * MINUTE, T - 5 * HOUR] });
    expect(await backupIfDue('interval', 'A1', d)).toBe(false);
    expect(d.take).not.toHaveBeenCalled();
    expect(await backupIfDue('signout', 'A1', d)).toBe(true);
  });

  it('takes the very first backup as soon as the store has anything', async () => {
    expect(await backupIfDue('interval', 'A1', deps({ listTimes: async () => [] }))).toBe(true);
    expect(await backupIfDue('interval', 'A1', deps({ listTimes: async () => [], lastChangeAt: async () => null }))).toBe(false);
  });

  it('lets a failure through to the caller instead of swallowing it', async () => {
    await expect(backupIfDue('interval', 'A1', deps({ listTimes: () => Promise.reject(new Error('backup:list: quota exceeded')) }))).rejects.toThrow('quota exceeded');
    const d = deps();
    d.take.mockRejectedValueOnce(new Error('disk full'));
    await expect(backupIfDue('signout', 'A1', d)).rejects.toThrow('disk full');
  });
});
