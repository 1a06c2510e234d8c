import { z } from 'zod';
import { err, ok, type Result } from '../../lib/result';
import { problem, zodProblems, type Problem } from '../../lib/problem';

/**
 * 催付 policy, one per shop (stored under `shop.rules.payment`).
 *
 * - `autoCloseMinutes`: unpaid orders close on their own this long after creation
 *   (Taobao default 24 h; promotions often 30 min — see `PROMOTION_PAYMENT_POLICY`).
 * - `steps`: when to remind, either minutes after the order was created (`anchor: 'created'`)
 *   or minutes before it auto-closes (`anchor: 'beforeClose'`). Every step must land strictly
 *   inside the open window (0, autoClose).
 * - `maxReminders`: cap of sent reminders per order (0 switches 催付 off).
 * - `minGapMinutes`: a reminder is never suggested sooner than this after the previous one.
 * - `quietHours`: Asia/Shanghai wall-clock windows `[start, end)`, may cross midnight.
 *   `mode: 'sms'` — no chat reminders, suggest an SMS instead (seed: after 20:00 prefer SMS);
 *   `mode: 'hold'` — no reminders at all; they wait until the window ends.
 * - `skip`: orders below `minAmountFen` are never reminded; with `buyerRemindedToday` a buyer
 *   already reminded today about another order is not reminded again until the next day.
 *
 * Treat a policy as an immutable value: make a new object to change it (the scheduler caches
 * its compiled form per object).
 */
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

// Messages that are problem codes name the refusal exactly (shared/lib/problem.ts); other limits speak for themselves (tooSmall, min 1).
export const ClockTime = z.string().regex(HHMM, 'notClockTime');

export const ReminderStep = z.object({
  anchor: z.enum(['created', 'beforeClose']),
  minutes: z.number().int().min(1),
});
export type ReminderStep = z.infer<typeof ReminderStep>;

export const QuietWindow = z.object({
  start: ClockTime,
  end: ClockTime,
  mode: z.enum(['sms', 'hold']),
});
export type QuietWindow = z.infer<typeof QuietWindow>;

export const PaymentPolicy = z.object({
  autoCloseMinutes: z.number().int().min(10).max(30 * 24 * 60, 'atMost30Days'),
  steps: z.array(ReminderStep).max(10),
  maxReminders: z.number().int().min(0).max(10),
  minGapMinutes: z.number().int().min(0).max(24 * 60),
  quietHours: z.array(QuietWindow).max(6),
  skip: z.object({
    minAmountFen: z.number().int().min(0),
    buyerRemindedToday: z.boolean(),
  }),
});
export type PaymentPolicy = z.infer<typeof PaymentPolicy>;

/** Freezes a policy all the way down: policies are values (the scheduler caches per object). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const DEFAULT_PAYMENT_POLICY: PaymentPolicy = deepFreeze({
  autoCloseMinutes: 24 * 60,
  steps: [
    { anchor: 'created', minutes: 10 },
    { anchor: 'created', minutes: 120 },
    { anchor: 'beforeClose', minutes: 60 },
  ],
  maxReminders: 3,
  minGapMinutes: 30,
  quietHours: [
    { start: '20:00', end: '22:00', mode: 'sms' },
    { start: '22:00', end: '08:00', mode: 'hold' },
  ],
  skip: { minAmountFen: 0, buyerRemindedToday: true },
});

/** A promotion (大促) preset: orders close after 30 minutes, two quick reminders. */
export const PROMOTION_PAYMENT_POLICY: PaymentPolicy = deepFreeze({
  ...DEFAULT_PAYMENT_POLICY,
  autoCloseMinutes: 30,
  steps: [
    { anchor: 'created', minutes: 10 },
    { anchor: 'beforeClose', minutes: 10 },
  ],
  maxReminders: 2,
  minGapMinutes: 5,
});

/** A refusal at one field of the policy: `policy.` and the dotted path, e.g. `policy.steps.2.minutes`, `policy.quietHours.1`. */
const at = (path: string, code: Problem['code'], params?: Record<string, string | number>): Problem => problem(code, { field: `policy.${path}`, params });

/** Minutes after creation at which a step fires. */
export function stepOffsetMinutes(step: ReminderStep, autoCloseMinutes: number): number {
  return step.anchor === 'created' ? step.minutes : autoCloseMinutes - step.minutes;
}

const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A window as one or two half-open minute ranges within a day. */
function windowRanges(w: QuietWindow): [number, number][] {
  const s = toMinutes(w.start);
  const e = toMinutes(w.end);
  return s < e ? [[s, e]] : [[s, 1440], [0, e]];
}

const rangesOverlap = (a: [number, number][], b: [number, number][]): boolean =>
  a.some(([as, ae]) => b.some(([bs, be]) => as < be && bs < ae));

/**
 * Validates an untrusted policy (settings form, shop rules, import). Returns every problem with
 * the field it belongs to. On success the steps come back sorted by the time they fire.
 */
export function validatePaymentPolicy(raw: unknown): Result<PaymentPolicy, Problem[]> {
  const parsed = PaymentPolicy.safeParse(raw);
  if (!parsed.success) {
    return err(zodProblems(parsed.error, { table: 'policy', input: raw }));
  }
  const p = parsed.data;
  const issues: Problem[] = [];

  const seen = new Map<number, number>();
  p.steps.forEach((step, i) => {
    if (step.minutes >= p.autoCloseMinutes) {
      issues.push(at(`steps.${i}.minutes`, step.anchor === 'created' ? 'afterClose' : 'beforeCreated', { minutes: step.minutes, close: p.autoCloseMinutes }));
      return;
    }
    const offset = stepOffsetMinutes(step, p.autoCloseMinutes);
    const twin = seen.get(offset);
    if (twin !== undefined) issues.push(at(`steps.${i}`, 'sameTime', { n: twin + 1, minutes: offset }));
    else seen.set(offset, i);
  });

  p.quietHours.forEach((w, i) => {
    if (w.start === w.end) {
      issues.push(at(`quietHours.${i}`, 'emptyWindow'));
      return;
    }
    for (let j = 0; j < i; j++) {
      const other = p.quietHours[j];
      if (other && other.start !== other.end && rangesOverlap(windowRanges(other), windowRanges(w))) {
        issues.push(at(`quietHours.${i}`, 'overlaps', { n: j + 1, range: `${other.start}–${other.end}` }));
      }
    }
  });

  if (issues.length > 0) return err(issues);
  const steps = [...p.steps].sort((a, b) => stepOffsetMinutes(a, p.autoCloseMinutes) - stepOffsetMinutes(b, p.autoCloseMinutes));
  return ok({ ...p, steps });
}

/**
 * The policy a shop uses: `shop.rules.payment` when it is valid, otherwise the default (with the
 * problems, so settings can show why the shop's own policy is not in force).
 */
export function resolvePaymentPolicy(shopRules: Record<string, unknown> | null | undefined): { policy: PaymentPolicy; issues: Problem[] } {
  const raw = shopRules?.['payment'];
  if (raw === undefined || raw === null) return { policy: DEFAULT_PAYMENT_POLICY, issues: [] };
  const r = validatePaymentPolicy(raw);
  return r.ok ? { policy: r.value, issues: [] } : { policy: DEFAULT_PAYMENT_POLICY, issues: r.error };
}

/** Wall-clock minutes since midnight for "HH:mm" (exported for the scheduler). */
export const clockMinutes = toMinutes;
