import { shanghaiDate, shanghaiParts } from '../../lib/time';
import type { Round } from './responseRate';

/**
 * 接待量 per hour of day: distinct conversations whose buyer started a round in that hour, by
 * Shanghai day — every hour of the day, bots and off-hours included (staffing is about when
 * buyers come, not about what Taobao counts). The heat map's rows are days, columns hours.
 */
export interface LoadCell {
  day: string;
  hour: number;
  buyers: number;
}

export function hourlyLoad(rounds: readonly Pick<Round, 'conversationId' | 'startedAt'>[]): LoadCell[] {
  const cells = new Map<string, { day: string; hour: number; ids: Set<string> }>();
  for (const r of rounds) {
    const day = shanghaiDate(r.startedAt);
    const hour = shanghaiParts(r.startedAt).hour;
    const key = `${day}|${hour}`;
    const c = cells.get(key) ?? { day, hour, ids: new Set<string>() };
    c.ids.add(r.conversationId);
    cells.set(key, c);
  }
  return [...cells.values()].map(({ day, hour, ids }) => ({ day, hour, buyers: ids.size })).sort((a, b) => a.day.localeCompare(b.day) || a.hour - b.hour);
}

/** Buyers per hour of day summed over the days (the staffing profile). */
export function loadByHour(cells: readonly LoadCell[]): number[] {
  const hours = Array.from({ length: 24 }, () => 0);
  for (const c of cells) hours[c.hour] = (hours[c.hour] ?? 0) + c.buyers;
  return hours;
}
