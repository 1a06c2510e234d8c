import { describe, expect, it } from 'vitest';
import { refusalLines, type RefusedWrite } from './refusalLines';

const w = (table: string, code: string, at: number): RefusedWrite => ({ table, code, at });

describe('refusalLines', () => {
  it.each([
    ['nothing refused is no line', [], []],
    ['one refused write is one line of one', [w('phrases', 'supervisor_only', 5)], [{ table: 'phrases', code: 'supervisor_only', count: 1, lastAt: 5 }]],
    [
      'many team phrases refused for one reason are one line with their count and the newest time',
      [w('phrases', 'supervisor_only', 3), w('phrases', 'supervisor_only', 9), w('phrases', 'supervisor_only', 1)],
      [{ table: 'phrases', code: 'supervisor_only', count: 3, lastAt: 9 }],
    ],
    [
      'another kind of record or another reason is another line, the newest first',
      [w('phrases', 'supervisor_only', 2), w('shops', 'supervisor_only', 4), w('remarks', 'wrong_agent', 3), w('phrases', 'supervisor_only', 1)],
      [
        { table: 'shops', code: 'supervisor_only', count: 1, lastAt: 4 },
        { table: 'remarks', code: 'wrong_agent', count: 1, lastAt: 3 },
        { table: 'phrases', code: 'supervisor_only', count: 2, lastAt: 2 },
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(refusalLines(input)).toEqual(expected);
  });
});
