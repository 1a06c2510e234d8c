import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROBLEM_CODES, ProblemError, hostProblem, isProblemCode, problem, problemSummary, problemsOf, refuseIf, zodProblems, type Problem } from './problem';

const Remark = z.object({
  text: z.string().trim().min(1).max(10),
  code: z.string().min(3),
  flag: z.number().int().min(0).max(5),
  price: z.number(),
  kind: z.enum(['a', 'b']),
  tags: z.array(z.string().max(4)).max(2),
  few: z.array(z.string()).min(2),
  shortcut: z.string().regex(/^\S*$/, 'noSpaces'),
  clock: z.string().regex(/^\d\d:\d\d$/, 'a time please'),
  note: z.string().optional(),
  nested: z.object({ when: z.number() }).optional(),
});
const good = { text: '周五发货', code: 'abc', flag: 1, price: 1, kind: 'a', tags: [], few: ['x', 'y'], shortcut: 'zh1', clock: '10:00' };
const fail = (patch: Record<string, unknown>): Problem[] => {
  const input = { ...good, ...patch };
  const r = Remark.safeParse(input);
  if (r.success) throw new Error('accepted');
  return zodProblems(r.error, { table: 'remarks', input });
};

describe('zodProblems names the field and the kind of refusal', () => {
  it.each([
    ['a text over its limit is too long, with the limit', { text: '一二三四五六七八九十一' }, { code: 'tooLong', field: 'remarks.text', params: { max: 10 } }],
    ['an empty (trimmed) text is required', { text: '   ' }, { code: 'required', field: 'remarks.text' }],
    ['a missing text is required', { text: undefined }, { code: 'required', field: 'remarks.text' }],
    ['a null text is required', { text: null }, { code: 'required', field: 'remarks.text' }],
    ['a text shorter than its minimum above one is too short', { code: 'ab' }, { code: 'tooShort', field: 'remarks.code', params: { min: 3 } }],
    ['a number where text belongs is not text', { text: 42 }, { code: 'notText', field: 'remarks.text' }],
    ['a fraction where a whole number belongs', { flag: 1.5 }, { code: 'notWhole', field: 'remarks.flag' }],
    ['a number above its maximum is too large', { flag: 9 }, { code: 'tooLarge', field: 'remarks.flag', params: { max: 5 } }],
    ['a number below its minimum is too small', { flag: -1 }, { code: 'tooSmall', field: 'remarks.flag', params: { min: 0 } }],
    ['text where a number belongs is not a number', { price: '9.9' }, { code: 'notNumber', field: 'remarks.price' }],
    ['NaN is not a number', { price: Number.NaN }, { code: 'notNumber', field: 'remarks.price' }],
    ['a value outside an enum lists what is allowed', { kind: 'c' }, { code: 'notAllowed', field: 'remarks.kind', params: { allowed: 'a / b' } }],
    ['a list over its limit has too many', { tags: ['a', 'b', 'c'] }, { code: 'tooMany', field: 'remarks.tags', params: { max: 2 } }],
    ['a list under its minimum has too few', { few: ['x'] }, { code: 'tooFew', field: 'remarks.few', params: { min: 2 } }],
    ['an item of a list keeps its index in the field', { tags: ['toolong'] }, { code: 'tooLong', field: 'remarks.tags.0', params: { max: 4 } }],
    ['a text where a list belongs is not a list', { tags: 'a,b' }, { code: 'notList', field: 'remarks.tags' }],
    ['a message that is a problem code names the refusal', { shortcut: 'a b' }, { code: 'noSpaces', field: 'remarks.shortcut' }],
    ['a message that is not a code is ignored for the kind', { clock: '9' }, { code: 'badFormat', field: 'remarks.clock' }],
    ['a nested field keeps its path', { nested: { when: 'soon' } }, { code: 'notNumber', field: 'remarks.nested.when' }],
  ])('%s', (_name, patch, want) => {
    expect(fail(patch)).toEqual([want]);
  });

  it('keeps zod’s English out of every problem', () => {
    const all = fail({ text: '', code: 1, flag: 'x', kind: 'z', tags: 3, shortcut: 'a b' });
    expect(all.map((p) => p.code)).toEqual(['required', 'notText', 'notNumber', 'notAllowed', 'notList', 'noSpaces']);
    expect(JSON.stringify(all)).not.toMatch(/Invalid|expected|Too/);
  });

  it('reports one problem per field, with the row, up to a limit', () => {
    const r = z.object({ a: z.string().min(2).regex(/x/), b: z.string(), c: z.string() }).safeParse({ a: 'y', b: 1, c: 2 });
    if (r.success) throw new Error('accepted');
    expect(zodProblems(r.error, { row: 7, limit: 2 })).toEqual([
      { code: 'tooShort', field: 'a', row: 7, params: { min: 2 } },
      { code: 'notText', field: 'b', row: 7 },
    ]);
  });

  it('names the table alone when the whole value is wrong', () => {
    const r = z.object({ a: z.string() }).safeParse('daily');
    if (r.success) throw new Error('accepted');
    expect(zodProblems(r.error, { table: 'policy', input: 'daily' })).toEqual([{ code: 'invalid', field: 'policy' }]);
  });

  it('without the input, a missing value reads as the wrong type rather than a guess', () => {
    const r = z.object({ a: z.string() }).safeParse({});
    if (r.success) throw new Error('accepted');
    expect(zodProblems(r.error)).toEqual([{ code: 'notText', field: 'a' }]);
    expect(zodProblems(r.error, { input: {} })).toEqual([{ code: 'required', field: 'a' }]);
  });
});

describe('ProblemError and what a catch sees', () => {
  it('carries every problem; the first is the one a single line shows', () => {
    const e = ProblemError.of([problem('required', { field: 'remarks.text' }), problem('tooLong', { field: 'remarks.flag', params: { max: 5 } })]);
    expect(e.problem).toEqual({ code: 'required', field: 'remarks.text' });
    expect(e.code).toBe('required');
    expect(e.problems).toHaveLength(2);
    expect(e.message).toBe('remarks.text: required; remarks.flag: tooLong {max=5}');
  });

  it.each([
    ['a ProblemError gives its own problems', ProblemError.of([problem('notFound', { field: 'orders' })]), [{ code: 'notFound', field: 'orders' }]],
    ['a bug is unexpected, named by the error, its text kept only as detail', new TypeError('x is undefined'), [{ code: 'unexpected', params: { name: 'TypeError', detail: 'x is undefined' } }]],
    ['a DOMException-like object keeps its name', { name: 'QuotaExceededError', message: 'The disk is full.' }, [{ code: 'unexpected', params: { name: 'QuotaExceededError', detail: 'The disk is full.' } }]],
    ['a thrown string is unexpected too', 'boom', [{ code: 'unexpected', params: { name: 'string', detail: 'boom' } }]],
  ])('%s', (_name, thrown, want) => {
    expect(problemsOf(thrown)).toEqual(want);
  });

  it('a failed host call names its channel and keeps the host’s words as detail', () => {
    expect(hostProblem('backup:append', 'backup:append: The disk is full.')).toEqual({ code: 'hostFailed', params: { channel: 'backup:append', detail: 'backup:append: The disk is full.' } });
  });

  it('refuseIf throws for a problem and passes a null check', () => {
    expect(() => refuseIf(null)).not.toThrow();
    expect(() => refuseIf(problem('notOpen', { field: 'status' }))).toThrow(ProblemError);
  });

  it('summarises a problem for logs with row, field, code and params', () => {
    expect(problemSummary(problem('notAmount', { row: 3, field: 'orderImport.total', params: { value: 'abc' } }))).toBe('row 3 orderImport.total: notAmount {value=abc}');
  });

  it('knows its codes and nothing else', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    expect(isProblemCode('tooLong')).toBe(true);
    expect(isProblemCode('Too big: expected string to have <=10 characters')).toBe(false);
  });
});
