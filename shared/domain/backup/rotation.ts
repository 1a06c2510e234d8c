import { DAY, HOUR, SHANGHAI_OFFSET_MS, startOfShanghaiDay } from '../../lib/time';
import { addDependencies } from './chain';
import { parseBackupName } from './naming';

/**
 * Grandfather-father-son rotation. Hourly backups are cheap insurance against the last hour's
 * mistake (a bad import); a shop notices a lost record within days, rarely weeks later, so
 * detail thins out with age: every backup of the last day, one a day for two weeks (an agent's
 * rota usually repeats within two weeks), one a week for eight weeks (a review can be changed for
 * 30 days and an aftersale case runs for weeks). Older ones go: the store itself is the history.
 * Days and weeks are Asia/Shanghai business days, like every other day in the product.
 */
export const KEEP_ALL_MS = 24 * HOUR;
export const KEEP_DAILY_DAYS = 14;
export const KEEP_WEEKLY_WEEKS = 8;

export interface RotationEntry {
  name: string;
  createdAt: number;
}

export interface RotationPlan {
  keep: string[];
  remove: string[];
}

/** Monday 00:00 Shanghai of the week holding `at` (1970-01-01 was a Thursday). */
const weekOf = (at: number): number => {
  const day = startOfShanghaiDay(at);
  const weekday = (new Date(day + SHANGHAI_OFFSET_MS).getUTCDay() + 6) % 7;
  return day - weekday * DAY;
};

/**
 * Which backups to keep at `now`. In each day or week bucket the newest backup stands for it.
 * The newest backup of all is always kept, however old: a PC switched off for three months must
 * still find its last backup. Backups dated in the future (a clock set wrong) are kept too —
 * deleting on the word of a bad clock would be worse than keeping a few extra files.
 * Incremental backups stand only for the last 24 hours: a day or week is kept by a full backup
 * (one is taken every day). A kept incremental keeps what it needs to be restored — its full
 * backup and the links before it — so rotation never strands one.
 */
export function planRotation(entries: RotationEntry[], now: number): RotationPlan {
  const sorted = [...entries].sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const days = new Set<number>();
  const weeks = new Set<number>();
  const dailyFrom = startOfShanghaiDay(now) - (KEEP_DAILY_DAYS - 1) * DAY;
  const weeklyFrom = weekOf(now) - (KEEP_WEEKLY_WEEKS - 1) * 7 * DAY;
  for (const e of sorted) {
    const age = now - e.createdAt;
    if (age < KEEP_ALL_MS) keep.add(e.name);
    else if (parseBackupName(e.name)?.kind === 'incremental') continue;
    else if (e.createdAt >= dailyFrom && !days.has(startOfShanghaiDay(e.createdAt))) {
      days.add(startOfShanghaiDay(e.createdAt));
      keep.add(e.name);
    } else if (e.createdAt >= weeklyFrom && !weeks.has(weekOf(e.createdAt))) {
      weeks.add(weekOf(e.createdAt));
      keep.add(e.name);
    }
    // A day counted by the daily rule also stands for its week.
    days.add(startOfShanghaiDay(e.createdAt));
    weeks.add(weekOf(e.createdAt));
  }
  if (sorted[0]) keep.add(sorted[0].name);
  addDependencies(keep, sorted.map((e) => e.name));
  return { keep: sorted.filter((e) => keep.has(e.name)).map((e) => e.name), remove: sorted.filter((e) => !keep.has(e.name)).map((e) => e.name) };
}
