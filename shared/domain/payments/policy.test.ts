import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYMENT_POLICY, PROMOTION_PAYMENT_POLICY, resolvePaymentPolicy, validatePaymentPolicy, type PaymentPolicy } from './policy';

const D = DEFAULT_PAYMENT_POLICY;
const withSteps = (steps: unknown[]): unknown => ({ ...D, steps });
const withQuiet = (quietHours: unknown[]): unknown => ({ ...D, quietHours });

describe('validatePaymentPolicy accepts', () => {
  it.each([
    { name: 'the default', raw: D },
    { name: 'the promotion preset', raw: PROMOTION_PAYMENT_POLICY },
    { name: 'no steps and no quiet hours', raw: { ...D, steps: [], quietHours: [] } },
    { name: 'adjacent quiet windows', raw: withQuiet([{ start: '22:00', end: '08:00', mode: 'hold' }, { start: '08:00', end: '09:00', mode: 'sms' }]) },
    { name: 'a step one minute before close', raw: withSteps([{ anchor: 'created', minutes: 1439 }]) },
  ])('$name', ({ raw }) => {
    expect(validatePaymentPolicy(raw).ok).toBe(true);
  });

  it('returns steps sorted by the time they fire', () => {
    const r = validatePaymentPolicy(withSteps([{ anchor: 'beforeClose', minutes: 60 }, { anchor: 'created', minutes: 120 }, { anchor: 'created', minutes: 10 }]));
    expect(r.ok && r.value.steps).toEqual([
      { anchor: 'created', minutes: 10 },
      { anchor: 'created', minutes: 120 },
      { anchor: 'beforeClose', minutes: 60 },
    ]);
  });
});

describe('validatePaymentPolicy rejects, naming the field', () => {
  it.each([
    { name: 'a step after the auto-close time', raw: withSteps([{ anchor: 'created', minutes: 10 }, { anchor: 'created', minutes: 1500 }]), field: 'steps.1.minutes', code: 'afterClose' },
    { name: 'a step exactly at the auto-close time', raw: withSteps([{ anchor: 'created', minutes: 1440 }]), field: 'steps.0.minutes', code: 'afterClose' },
    { name: 'a before-close step longer than the window', raw: { ...PROMOTION_PAYMENT_POLICY, steps: [{ anchor: 'beforeClose', minutes: 45 }] }, field: 'steps.0.minutes', code: 'beforeCreated' },
    { name: 'negative minutes', raw: withSteps([{ anchor: 'created', minutes: 10 }, { anchor: 'created', minutes: -5 }]), field: 'steps.1.minutes', code: 'tooSmall' },
    { name: 'zero minutes', raw: withSteps([{ anchor: 'created', minutes: 0 }]), field: 'steps.0.minutes', code: 'tooSmall' },
    { name: 'fractional minutes', raw: withSteps([{ anchor: 'created', minutes: 2.5 }]), field: 'steps.0.minutes', code: 'notWhole' },
    { name: 'two steps at the same time', raw: withSteps([{ anchor: 'created', minutes: 1380 }, { anchor: 'beforeClose', minutes: 60 }]), field: 'steps.1', code: 'sameTime' },
    { name: 'an unknown anchor', raw: withSteps([{ anchor: 'paid', minutes: 10 }]), field: 'steps.0.anchor', code: 'notAllowed' },
    { name: 'overlapping quiet hours', raw: withQuiet([{ start: '20:00', end: '23:00', mode: 'sms' }, { start: '22:00', end: '08:00', mode: 'hold' }]), field: 'quietHours.1', code: 'overlaps' },
    { name: 'overlap across midnight', raw: withQuiet([{ start: '23:00', end: '01:00', mode: 'hold' }, { start: '00:30', end: '02:00', mode: 'hold' }]), field: 'quietHours.1', code: 'overlaps' },
    { name: 'a window inside another', raw: withQuiet([{ start: '21:00', end: '07:00', mode: 'hold' }, { start: '03:00', end: '04:00', mode: 'sms' }]), field: 'quietHours.1', code: 'overlaps' },
    { name: 'an empty quiet window', raw: withQuiet([{ start: '22:00', end: '22:00', mode: 'hold' }]), field: 'quietHours.0', code: 'emptyWindow' },
    { name: 'an invalid clock time', raw: withQuiet([{ start: '25:00', end: '08:00', mode: 'hold' }]), field: 'quietHours.0.start', code: 'notClockTime' },
    { name: 'a clock time without leading zero', raw: withQuiet([{ start: '22:00', end: '8:00', mode: 'hold' }]), field: 'quietHours.0.end', code: 'notClockTime' },
    { name: 'an unknown quiet mode', raw: withQuiet([{ start: '22:00', end: '08:00', mode: 'mute' }]), field: 'quietHours.0.mode', code: 'notAllowed' },
    { name: 'negative max reminders', raw: { ...D, maxReminders: -1 }, field: 'maxReminders', code: 'tooSmall' },
    { name: 'negative min gap', raw: { ...D, minGapMinutes: -10 }, field: 'minGapMinutes', code: 'tooSmall' },
    { name: 'a too short auto-close', raw: { ...D, autoCloseMinutes: 5, steps: [] }, field: 'autoCloseMinutes', code: 'tooSmall' },
    { name: 'a negative minimum amount', raw: { ...D, skip: { minAmountFen: -1, buyerRemindedToday: true } }, field: 'skip.minAmountFen', code: 'tooSmall' },
    { name: 'a missing field', raw: { ...D, skip: undefined }, field: 'skip', code: 'required' },
    { name: 'not an object', raw: 'daily', field: '', code: 'invalid' },
  ])('$name → $field $code', ({ raw, field, code }) => {
    const r = validatePaymentPolicy(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.error.find((i) => i.field === (field ? `policy.${field}` : 'policy'));
    expect(issue, JSON.stringify(r.error)).toBeDefined();
    expect(issue?.code).toBe(code);
  });

  it('says how far a step is off and which step it collides with', () => {
    const late = validatePaymentPolicy({ ...PROMOTION_PAYMENT_POLICY, steps: [{ anchor: 'created', minutes: 45 }] });
    expect(late.ok ? null : late.error[0]).toEqual({ code: 'afterClose', field: 'policy.steps.0.minutes', params: { minutes: 45, close: 30 } });
    const twin = validatePaymentPolicy(withSteps([{ anchor: 'created', minutes: 1380 }, { anchor: 'beforeClose', minutes: 60 }]));
    expect(twin.ok ? null : twin.error[0]).toEqual({ code: 'sameTime', field: 'policy.steps.1', params: { n: 1, minutes: 1380 } });
    const overlap = validatePaymentPolicy(withQuiet([{ start: '20:00', end: '23:00', mode: 'sms' }, { start: '22:00', end: '08:00', mode: 'hold' }]));
    expect(overlap.ok ? null : overlap.error[0]).toEqual({ code: 'overlaps', field: 'policy.quietHours.1', params: { n: 1, range: '20:00–23:00' } });
  });

  it('reports every problem at once', () => {
    const r = validatePaymentPolicy({ ...D, steps: [{ anchor: 'created', minutes: 2000 }], quietHours: [{ start: '22:00', end: '22:00', mode: 'hold' }] });
    expect(r.ok ? [] : r.error.map((i) => i.field)).toEqual(['policy.steps.0.minutes', 'policy.quietHours.0']);
  });
});

describe('resolvePaymentPolicy', () => {
  const custom: PaymentPolicy = { ...D, maxReminders: 2 };
  it.each([
    { name: 'no rules', rules: undefined, want: D, issues: 0 },
    { name: 'rules without payment', rules: { tiers: [] }, want: D, issues: 0 },
    { name: 'a valid own policy', rules: { payment: custom }, want: custom, issues: 0 },
    { name: 'an invalid own policy falls back to the default', rules: { payment: { ...D, maxReminders: -3 } }, want: D, issues: 1 },
  ])('$name', ({ rules, want, issues }) => {
    const r = resolvePaymentPolicy(rules);
    expect(r.policy).toEqual(want);
    expect(r.issues).toHaveLength(issues);
  });
});
