import type { OrderStatus } from '../../schemas/entities';
import { fromShanghai, shanghaiParts } from '../../lib/time';
import { normalizeOrderNo } from '../payments/orderNo';
import type { ProblemCode } from '../../lib/problem';
import { statusOf } from './status';

/** Why a cell was refused: a Problem code (shared/lib/problem.ts), worded on screen with the cell's `value`. */
export type CellProblemCode = Extract<ProblemCode, 'required' | 'excelNumber' | 'notOrderNo' | 'notAmount' | 'notTime' | 'noSuchTime' | 'unknownStatus' | 'notQty'>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: CellProblemCode; value: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: CellProblemCode, value = ''): Parsed<never> => ({ ok: false, code, value: value.slice(0, 40) });

/**
 * 订单编号 as exported: `="…"`, a leading apostrophe or spaces are peeled off. Excel turns a
 * long number it was not told is text into 3.12345E+18: those digits are gone for good, so the
 * row is refused (the screen says how to fix the file) rather than stored under a wrong number.
 */
export function parseOrderNo(raw: string): Parsed<string> {
  const s = normalizeOrderNo(raw);
  if (s === '') return fail('required');
  if (/^\d+(\.\d+)?E\+?\d+$/i.test(s)) return fail('excelNumber', s);
  if (!/^\d{6,24}$/.test(s)) return fail('notOrderNo', s);
  return ok(s);
}

/** "¥1,280.50", "1280.5", "1280" → fen. Never through floating point rounding of the whole value. */
export function parseMoneyFen(raw: string): Parsed<number> {
  const s = raw.trim().replace(/^[¥￥]/u, '').replace(/,/g, '').replace(/元$/u, '').trim();
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return s === '' ? fail('required') : fail('notAmount', raw.trim());
  return ok(Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')));
}

/** "2026-11-20 14:03:22", "2026/11/20 14:03", "2026-11-20" in Shanghai time; empty → null. */
export function parseShanghaiTime(raw: string): Parsed<number | null> {
  const s = raw.trim();
  if (s === '' || s === '-' || s === 'null') return ok(null);
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) return fail('notTime', s);
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const at = fromShanghai(y, mo, d, h, mi) + sec * 1000;
  const back = shanghaiParts(at);
  // Date.UTC rolls 02-31 over into March: a day that does not exist is refused, not moved.
  if (back.month !== mo || back.day !== d || h > 23 || mi > 59 || sec > 59) return fail('noSuchTime', s);
  return ok(at);
}

/** The 订单状态 cell (see status.ts for every text the platforms write). */
export function parseStatus(raw: string): Parsed<OrderStatus> {
  const s = raw.trim();
  if (s === '') return fail('required');
  const status = statusOf(s);
  return status ? ok(status) : fail('unknownStatus', s);
}

export function parseQty(raw: string): Parsed<number> {
  const s = raw.trim();
  if (s === '') return ok(1);
  return /^[1-9]\d{0,4}$/.test(s) ? ok(Number(s)) : fail('notQty', s);
}
