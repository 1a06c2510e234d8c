import { describe, expect, it } from 'vitest';
import { ProblemError } from '@shared/lib/problem';
import { BackupReader, type ReadEvent } from './backupReader';

/** Every event of `text` fed in pieces of `size` characters. */
function read(text: string, size: number): ReadEvent[] {
  const r = new BackupReader();
  const out: ReadEvent[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...r.feed(text.slice(i, i + size)));
  out.push(...r.finish());
  return out;
}
const tricky = { id: 'M1', text: 'a "quoted" \\ back\\slash, [bracket] {brace} 😀\n换行', n: -1.5e3, ok: true, none: null, list: [1, [2], { x: '}' }] };
const OLD = `{"format":"xiaoer-backup","schemaVersion":1,"tables":{\n"shops":[{"id":"S1"},{"id":"S2"}],\n"messages":[${JSON.stringify(tricky)}],\n"empty":[]\n}}\n`;
const LINES = `{"format":"xiaoer-backup","layout":"lines","schemaVersion":1}\n["table","shops"]\n{"id":"S1"}\n{"id":"S2"}\n["table","messages"]\n${JSON.stringify(tricky)}\n["table","empty"]\n["end",3]\n`;
const EXPECTED = (tables: 'object' | 'lines'): unknown[] => [
  { kind: 'header', header: tables === 'lines' ? { format: 'xiaoer-backup', layout: 'lines', schemaVersion: 1 } : { format: 'xiaoer-backup', schemaVersion: 1 }, tables },
  { kind: 'table', name: 'shops' }, { kind: 'row', table: 'shops', row: { id: 'S1' }, size: 11 }, { kind: 'row', table: 'shops', row: { id: 'S2' }, size: 11 },
  { kind: 'table', name: 'messages' }, { kind: 'row', table: 'messages', row: tricky, size: JSON.stringify(tricky).length },
  { kind: 'table', name: 'empty' },
  ...(tables === 'lines' ? [{ kind: 'end', rows: 3 } as const] : []),
];

describe('reading a backup file in pieces', () => {
  it.each([1, 2, 3, 7, 64, 100_000])('reads a one-object backup cut every %i characters', (size) => {
    expect(read(OLD, size)).toEqual(EXPECTED('object'));
  });
  it.each([1, 2, 3, 7, 64, 100_000])('reads a lines backup cut every %i characters', (size) => {
    expect(read(LINES, size)).toEqual(EXPECTED('lines'));
  });
  it('reads a one-object backup written on one line, header after the tables included', () => {
    const events = read(JSON.stringify({ format: 'x', tables: { a: [{ id: 1 }] }, createdBy: 'A1' }), 5);
    expect(events.map((e) => e.kind)).toEqual(['header', 'table', 'row']);
    expect((events[0] as { header: Record<string, unknown> }).header).toEqual({ format: 'x', createdBy: 'A1' });
  });
  it.each([
    ['a one-object file cut short', OLD.slice(0, 100), /^Unexpected end of JSON input$/, false],
    ['a lines file cut at a line break', LINES.slice(0, LINES.indexOf('["table","empty"]')), /without its closing line: it was cut short$/, true],
    ['a lines file cut inside a row', LINES.slice(0, LINES.indexOf('{"id":"S2"}') + 5), /^line 4: /, false],
    ['a row that is not JSON', OLD.replace('{"id":"S2"}', '{"id":S2}'), /at position/, false],
    ['text after the end', `${OLD}x`, /^Unexpected text after the end of the file/, false],
    ['a lines file with a stray directive', LINES.replace('["table","empty"]', '["tabel","empty"]'), /^line 7: not a row, a table or the closing line$/, false],
  ])('refuses %s', (_label, text, message, truncated) => {
    let error: unknown;
    try {
      read(text, 10);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).code).toBe(truncated ? 'backupTruncated' : 'notJson');
    expect(String((error as ProblemError).problem.params?.['detail'])).toMatch(message);
  });
  it('says when a table is not a list of rows', () => {
    expect(read('{"format":"x","tables":{"a":5}}', 3).map((e) => e.kind)).toEqual(['header', 'notList']);
  });
  it('reads rows longer than a piece (a long note, a photo) in the lines layout', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: `N${i}`, body: `买家催发货😀${i}`.repeat(3000) }));
    const text = `{"format":"x","layout":"lines"}\n["table","notes"]\n${rows.map((r) => JSON.stringify(r)).join('\n')}\n["end",40]\n`;
    for (const size of [100_000, 39_999, 7_777]) expect(read(text, size).filter((e) => e.kind === 'row').map((e) => (e as { row: unknown }).row)).toEqual(rows);
  });
});
