/**
 * Business time is Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991,
 * so a fixed offset is exact and needs no time-zone database (important for pure rules).
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Midnight (Asia/Shanghai) of the business day that contains `at`, as epoch ms. */
export function startOfShanghaiDay(at: number): number {
  return Math.floor((at + SHANGHAI_OFFSET_MS) / DAY) * DAY - SHANGHAI_OFFSET_MS;
}

/** Wall-clock parts of `at` in Asia/Shanghai. */
export function shanghaiParts(at: number): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const d = new Date(at + SHANGHAI_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}

/** Epoch ms of a Shanghai wall-clock time. */
export function fromShanghai(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - SHANGHAI_OFFSET_MS;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "MM-DD HH:mm" in Asia/Shanghai, the format remarks and lists use. */
export function formatShanghaiShort(at: number): string {
  const p = shanghaiParts(at);
  return `${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "YYYY-MM-DD" business date in Asia/Shanghai. */
export function shanghaiDate(at: number): string {
  const p = shanghaiParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "HH:mm" in Asia/Shanghai. */
export function formatShanghaiTime(at: number): string {
  const p = shanghaiParts(at);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}
