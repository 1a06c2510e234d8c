import { describe, it, expect } from 'vitest';
import { createRng, streamState } from './rng';
import { demoId, demoOrderNo } from './ids';
import { decodeTime } from 'ulid';

const draw = (state: number, n: number): number[] => {
  const rng = createRng(state);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('the same state gives the same sequence', () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
  });

  it('a different state gives a different sequence', () => {
    expect(draw(42, 5)).not.toEqual(draw(43, 5));
  });

  it('resuming from state() continues the same sequence', () => {
    const rng = createRng(99);
    const head = Array.from({ length: 7 }, () => rng.next());
    const rest = draw(rng.state(), 5);
    expect([...head, ...rest]).toEqual(draw(99, 12));
  });

  it.each([
    { name: 'floats stay in [0, 1)', check: (s: number) => { const x = createRng(s).next(); return x >= 0 && x < 1; } },
    { name: 'int() stays within both bounds', check: (s: number) => { const x = createRng(s).int(3, 5); return x >= 3 && x <= 5 && Number.isInteger(x); } },
    { name: 'digits() gives exactly n digits', check: (s: number) => /^\d{19}$/.test(createRng(s).digits(19)) },
    { name: 'sample() gives distinct elements', check: (s: number) => new Set(createRng(s).sample([1, 2, 3, 4, 5], 4)).size === 4 },
  ])('$name', ({ check }) => {
    for (let s = 0; s < 500; s++) expect(check(s)).toBe(true);
  });

  it('int() reaches both bounds', () => {
    const rng = createRng(1);
    const seen = new Set(Array.from({ length: 200 }, () => rng.int(0, 3)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('picking from an empty list is a loud error, not undefined', () => {
    expect(() => createRng(1).pick([])).toThrow();
  });

  it('weighted() never picks a zero-weight item', () => {
    const rng = createRng(5);
    for (let i = 0; i < 300; i++) expect(rng.weighted([['a', 1], ['never', 0], ['b', 2]])).not.toBe('never');
  });
});

describe('streamState', () => {
  it.each([
    { name: 'different streams of one seed differ', a: streamState(1, 'buyers'), b: streamState(1, 'orders') },
    { name: 'one stream of neighbouring seeds differs', a: streamState(1, 'buyers'), b: streamState(2, 'buyers') },
  ])('$name', ({ a, b }) => {
    expect(a).not.toBe(b);
  });

  it('is a uint32 and stable', () => {
    expect(streamState(7, 'x')).toBe(streamState(7, 'x'));
    expect(streamState(7, 'x') >>> 0).toBe(streamState(7, 'x'));
  });
});

describe('demo ids', () => {
  it('demoId is a ULID whose time part is the given moment', () => {
    const at = Date.UTC(2025, 0, 2, 3, 4, 5);
    const id = demoId(createRng(3), at);
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(decodeTime(id)).toBe(at);
  });

  it('demoOrderNo is a 19-digit string without a leading zero', () => {
    const rng = createRng(4);
    for (let i = 0; i < 100; i++) expect(demoOrderNo(rng)).toMatch(/^[1-9]\d{18}$/);
  });
});
