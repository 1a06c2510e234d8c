import { formatShanghaiShort, formatShanghaiTime, fromShanghai, shanghaiDate } from '../../lib/time';

/** A due time a minute or more in the past needs the agent to confirm (probably a typo). */
export type DueCheck = { ok: true } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'past'; byMs: number };

export function checkDue(dueAt: number, now: number): DueCheck {
  if (!Number.isFinite(dueAt) || dueAt <= 0) return { ok: false, reason: 'invalid' };
  if (dueAt < now - 60_000) return { ok: false, reason: 'past', byMs: now - dueAt };
  return { ok: true };
}

/** The order remark written for a promise (the remark itself is signed by the remarks area's format). */
export function promiseRemark(what: string, dueAt: number): string {
  return `承诺：${what.trim().slice(0, 400)}（${formatShanghaiShort(dueAt)}前）`;
}

/** "YYYY-MM-DDTHH:mm" (a datetime-local input's value) for `at` in Asia/Shanghai. */
export function toDueInput(at: number): string {
  return `${shanghaiDate(at)}T${formatShanghaiTime(at)}`;
}

/** Parses a datetime-local value as Asia/Shanghai wall-clock time; NaN when malformed. */
export function fromDueInput(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return Number.NaN;
  return fromShanghai(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}
