import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '@shared/lib/problem';
import { fieldErrors } from './fieldErrors';

const t = (key: string, vars?: Record<string, unknown>): string => `${key}${vars && 'flag' in vars ? `#${String(vars['flag'])}` : ''}`;

describe('fieldErrors', () => {
  it('puts a refusal beside the input its field names, and the rest in whole lines', () => {
    const e = ProblemError.of([problem('required', { field: 'orders.address' }), problem('notFound', { field: 'shops' })]);
    const out = fieldErrors(t, e, ['orders.address']);
    expect(out.byField).toEqual({ 'orders.address': 'problem.code.required' });
    expect(out.rest).toHaveLength(1);
  });

  it('lets a form name the input itself when one field path covers a row of inputs', () => {
    const e = ProblemError.of([problem('tooLong', { field: 'flagMeanings.flag', params: { flag: '2', max: 12 } })]);
    const inputOf = (p: { field?: string; params?: Record<string, unknown> }): string | undefined => (p.params?.['flag'] ? `flag.${String(p.params['flag'])}` : p.field);
    expect(fieldErrors(t, e, ['flag.1', 'flag.2'], inputOf).byField).toEqual({ 'flag.2': 'problem.code.tooLong#2' });
    expect(fieldErrors(t, e, ['flag.1', 'flag.2']).byField).toEqual({});
  });
});
