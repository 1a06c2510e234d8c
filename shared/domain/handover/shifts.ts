import { DAY, MINUTE, startOfShanghaiDay } from '../../lib/time';

/** A shift by its Shanghai wall-clock bounds in minutes after midnight (end may be 1440 = 24:00). */
export interface ShiftDef {
  key: string;
  startMin: number;
  endMin: number;
}

/** Seed 004's example: day 09:00–18:00, night 18:00–24:00 (configurable per shop). */
export const DEFAULT_SHIFTS: readonly ShiftDef[] = [
  { key: 'day', startMin: 9 * 60, endMin: 18 * 60 },
  { key: 'night', startMin: 18 * 60, endMin: 24 * 60 },
];

export interface ShiftWindow {
  key: string;
  startAt: number;
  endAt: number;
}

const windowsAround = (now: number, shifts: readonly ShiftDef[]): ShiftWindow[] => {
  const out: ShiftWindow[] = [];
  const today = startOfShanghaiDay(now);
  for (const d of [-DAY, 0, DAY, 2 * DAY]) {
    for (const s of shifts) out.push({ key: s.key, startAt: today + d + s.startMin * MINUTE, endAt: today + d + s.endMin * MINUTE });
  }
  return out.sort((a, b) => a.startAt - b.startAt);
};

/**
 * The shift being worked at `now` (the one containing it, or — off hours, e.g. 02:00 — the one
 * that ended last, since that is what is being handed over) and the next one to start.
 */
export function shiftBoundary(now: number, shifts: readonly ShiftDef[] = DEFAULT_SHIFTS): { current: ShiftWindow; next: ShiftWindow } {
  const all = windowsAround(now, shifts);
  const current = all.find((w) => w.startAt <= now && now < w.endAt) ?? [...all].reverse().find((w) => w.endAt <= now)!;
  const next = all.find((w) => w.startAt >= current.endAt && w.startAt > now) ?? all.find((w) => w.startAt > now)!;
  return { current, next };
}
