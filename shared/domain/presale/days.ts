const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;

/** The Asia/Shanghai calendar day of a time, as a sortable number (days since epoch). */
export function dayKey(at: number): number {
  return Math.floor((at + SHANGHAI) / DAY);
}

/** Splits a time-ordered list into runs of the same Shanghai day, for day separators in a chat. */
export function groupByDay<T extends { at: number }>(items: readonly T[]): { day: number; items: T[] }[] {
  const out: { day: number; items: T[] }[] = [];
  for (const item of items) {
    const day = dayKey(item.at);
    const last = out[out.length - 1];
    if (last && last.day === day) last.items.push(item);
    else out.push({ day, items: [item] });
  }
  return out;
}
