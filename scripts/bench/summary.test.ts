import { describe, expect, it } from 'vitest';
import { SLOTS, summarize, toMarkdown } from './summary.mjs';

describe('bench summary', () => {
  const figures = [
    { area: 'tray', scenario: 'tray pass', value: 3.456, unit: 'ms', raw: 1.2, note: 'after every write' },
    { area: 'queue', scenario: 'queue read', value: 2, unit: 'ms', raw: null },
  ];

  it('puts each figure beside its raw counterpart and the previous run, and keeps slots for other benches', () => {
    const previous = { at: '2026-01-01T00:00:00Z', figures: [{ area: 'tray', scenario: 'tray pass', value: 566.9 }] };
    const s = summarize(figures, previous, '2026-01-02T00:00:00Z');
    expect(s.figures[0]).toMatchObject({ value: 3.46, raw: 1.2, ratio: 2.88, previous: 566.9 });
    expect(s.figures[1]).toMatchObject({ ratio: null, previous: null });
    expect(s.figures.slice(2).map((f) => f.scenario)).toEqual(SLOTS.map((x) => x.scenario));
    const md = toMarkdown(s);
    expect(md).toContain('| tray | tray pass | 3.46 | ms | 1.2 | 2.88 | 566.9 | after every write |');
    expect(md).toContain('previous run 2026-01-01T00:00:00Z');
  });

  it('without a previous summary says so, and a slot a run measured is not listed twice', () => {
    const s = summarize([...figures, { area: 'import', scenario: SLOTS[0]!.scenario, value: 5000, unit: 'rows/s', raw: 9000 }], null, 'now');
    expect(toMarkdown(s)).toContain('no previous run');
    expect(s.figures.filter((f) => f.scenario === SLOTS[0]!.scenario)).toHaveLength(1);
    expect(s.carried).toEqual([]);
  });

  it('a partial run carries the figures it did not measure, and a later run compares with them', () => {
    const full = summarize(figures, null, 'run-1');
    const partial = summarize([{ area: 'queue', scenario: 'queue read', value: 1.5, unit: 'ms', raw: null }], full, 'run-2');
    expect(partial.carried.map((f) => [f.scenario, f.value, f.measuredAt])).toEqual([['tray pass', 3.46, 'run-1']]);
    expect(toMarkdown(partial)).toContain('| tray | tray pass | 3.46 | ms | 1.2 | run-1 |');
    const next = summarize(figures, partial, 'run-3');
    expect(next.figures.map((f) => [f.scenario, f.previous])).toEqual(expect.arrayContaining([['tray pass', 3.46], ['queue read', 1.5]]));
    expect(next.carried).toEqual([]);
  });
});
