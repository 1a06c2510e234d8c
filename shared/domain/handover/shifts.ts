import { z } from 'zod';
import { DAY, MINUTE, startOfShanghaiDay } from '../../lib/time';
import { problem, zodProblems, type Problem } from '../../lib/problem';
import { err, ok, type Result } from '../../lib/result';

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

/**
 * Shift times as a supervisor sets them in 设置 (team setting `team/shifts`): Shanghai wall
 * clock, "HH:MM"; an end of 24:00 is midnight, and an end before the start runs past midnight
 * (夜班 18:00–02:00).
 */
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'notClockTime');
const Span = z.object({ start: Clock, end: Clock });
export const ShiftTimes = z.object({ day: Span, night: Span });
export type ShiftTimes = z.infer<typeof ShiftTimes>;

export const DEFAULT_SHIFT_TIMES: ShiftTimes = { day: { start: '09:00', end: '18:00' }, night: { start: '18:00', end: '24:00' } };

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The shift windows the handover rule reads, from the times a supervisor set. */
export function shiftDefs(times: ShiftTimes): ShiftDef[] {
  return (['day', 'night'] as const).map((key) => {
    const startMin = minutesOf(times[key].start) % (24 * 60);
    const end = minutesOf(times[key].end);
    return { key, startMin, endMin: end <= startMin ? end + 24 * 60 : end };
  });
}

/** Minutes of the day a shift covers, as [start, end) pieces inside one day (a night past midnight is two). */
function pieces(d: ShiftDef): [number, number][] {
  return d.endMin <= 24 * 60 ? [[d.startMin, d.endMin]] : [[d.startMin, 24 * 60], [0, d.endMin - 24 * 60]];
}

/**
 * Checks shift times: clock times, a shift may not be empty (start = end) and the two shifts
 * may not overlap. A gap between them is fine (nobody on duty from 00:00 to 09:00).
 */
export function validateShiftTimes(raw: unknown): Result<ShiftTimes, Problem[]> {
  const parsed = ShiftTimes.safeParse(raw);
  if (!parsed.success) return err(zodProblems(parsed.error, { table: 'shifts', input: raw }));
  const t = parsed.data;
  const problems: Problem[] = [];
  for (const key of ['day', 'night'] as const) {
    if (minutesOf(t[key].start) % (24 * 60) === minutesOf(t[key].end) % (24 * 60)) problems.push(problem('emptyWindow', { field: `shifts.${key}.end` }));
  }
  if (problems.length) return err(problems);
  const [day, night] = shiftDefs(t) as [ShiftDef, ShiftDef];
  const overlap = pieces(day).some(([a, b]) => pieces(night).some(([c, d]) => a < d && c < b));
  if (overlap) return err([problem('shiftsOverlap', { field: 'shifts.night.start', params: { range: `${t.day.start}–${t.day.end}` } })]);
  return ok(t);
}

/** A stored value as shift windows; anything that does not pass falls back to the defaults. */
export function shiftDefsFrom(stored: unknown): ShiftDef[] {
  const checked = stored === null || stored === undefined ? null : validateShiftTimes(stored);
  return checked?.ok ? shiftDefs(checked.value) : [...DEFAULT_SHIFTS];
}
