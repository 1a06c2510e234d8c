import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYMENT_POLICY, validatePaymentPolicy } from '@shared/domain/payments';
import { policyMessage } from './policyMessages';

const t = (key: string, vars?: Record<string, string | number>): string => `${key}${vars ? JSON.stringify(vars) : ''}`;
const base = { ...DEFAULT_PAYMENT_POLICY, steps: [...DEFAULT_PAYMENT_POLICY.steps], quietHours: [...DEFAULT_PAYMENT_POLICY.quietHours] };

describe('policyMessage translates every validator message the editor can meet', () => {
  it.each([
    { name: 'step after auto-close', raw: { ...base, autoCloseMinutes: 30, steps: [{ anchor: 'created', minutes: 45 }] }, key: 'afterClose', vars: { at: '45', close: '30' } },
    { name: 'before-close step before creation', raw: { ...base, autoCloseMinutes: 30, steps: [{ anchor: 'beforeClose', minutes: 40 }] }, key: 'beforeCreated' },
    { name: 'two steps at one time', raw: { ...base, steps: [{ anchor: 'created', minutes: 10 }, { anchor: 'created', minutes: 10 }] }, key: 'sameTime', vars: { n: 1, at: '10' } },
    { name: 'negative minutes', raw: { ...base, steps: [{ anchor: 'created', minutes: -5 }] }, key: 'positiveMinutes' },
    { name: 'overlapping quiet hours', raw: { ...base, quietHours: [...base.quietHours, { start: '21:00', end: '23:00', mode: 'hold' }] }, key: 'overlaps', vars: { n: 1, range: '20:00–22:00' } },
    { name: 'empty quiet window', raw: { ...base, quietHours: [{ start: '12:00', end: '12:00', mode: 'hold' }] }, key: 'emptyWindow' },
    { name: 'no auto-close number', raw: { ...base, autoCloseMinutes: Number.NaN }, key: 'number' },
    { name: 'auto-close too short', raw: { ...base, autoCloseMinutes: 5 }, key: 'atLeast', vars: { n: '10' } },
    { name: 'negative gap', raw: { ...base, minGapMinutes: -1 }, key: 'negative' },
  ])('$name', ({ raw, key, vars }) => {
    const r = validatePaymentPolicy(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const shown = r.error.map((i) => policyMessage(t, i.message));
    expect(shown[0]?.startsWith(`payments.policy.msg.${key}{`)).toBe(true);
    if (vars) expect(shown[0]).toBe(`payments.policy.msg.${key}${JSON.stringify(vars)}`);
  });

  it('shows an unknown message as it came', () => {
    expect(policyMessage(t, 'something new')).toBe('something new');
  });
});
