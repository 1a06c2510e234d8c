import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, ChunkWriter } from './chunks';

const written = (fill: (w: ChunkWriter) => void): string[] => {
  const pieces: string[] = [];
  const w = new ChunkWriter((t) => pieces.push(t));
  fill(w);
  w.end();
  return pieces;
};

describe('ChunkWriter (a backup file in pieces)', () => {
  it('joins into the JSON of the tables and rows given', () => {
    const pieces = written((w) => { w.table('a'); w.rows([{ x: 1 }, { x: 2 }]); w.rows([{ x: 3 }]); w.table('b'); w.table('c'); w.rows([1]); });
    expect(JSON.parse(`{"h":1,"tables":{${pieces.join('').slice(0)}`.replace(/\}\}\n$/, '}}'))).toEqual({ h: 1, tables: { a: [{ x: 1 }, { x: 2 }, { x: 3 }], b: [], c: [1] } });
  });

  it('never hands on a piece over CHUNK_CHARS, even for one row bigger than that (a photo)', () => {
    const photo = 'A'.repeat(CHUNK_CHARS * 2 + 17);
    const pieces = written((w) => { w.table('photos'); w.rows([{ base64: photo }]); });
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(CHUNK_CHARS);
    expect(pieces.join('')).toContain(photo);
  });

  it('never splits a character outside the basic plane (an emoji in a chat) across two pieces', () => {
    // 14 characters come first (\n"messages":["), so a pair straddles the first piece's end.
    const text = `${'a'.repeat(CHUNK_CHARS - 15)}😀😀😀`;
    const pieces = written((w) => { w.table('messages'); w.rows([text]); });
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const p of pieces) expect(lone.test(p)).toBe(false);
    expect(pieces.join('')).toContain(text);
  });
});
