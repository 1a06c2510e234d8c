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
  it('writes the header, each table and each row on a line of its own, and the closing line with the row count', () => {
    const pieces = written((w) => { w.header({ h: 1 }); w.table('a'); w.rows([{ x: 1 }, { x: 2 }]); w.rows([{ x: 3 }]); w.table('b'); w.table('c'); w.rows([{ y: 'line\nbreak' }]); });
    expect(pieces.join('')).toBe('{"h":1,"layout":"lines"}\n["table","a"]\n{"x":1}\n{"x":2}\n{"x":3}\n["table","b"]\n["table","c"]\n{"y":"line\\nbreak"}\n["end",4]\n');
  });

  it('never hands on a piece over CHUNK_CHARS, even for one row bigger than that (a photo)', () => {
    const photo = 'A'.repeat(CHUNK_CHARS * 2 + 17);
    const pieces = written((w) => { w.table('photos'); w.rows([{ base64: photo }]); });
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(CHUNK_CHARS);
    expect(pieces.join('')).toContain(photo);
  });

  it('never splits a character outside the basic plane (an emoji in a chat) across two pieces', () => {
    // 22 characters come first (["table","messages"]\n then "), so a pair straddles the first piece's end.
    const text = `${'a'.repeat(CHUNK_CHARS - 23)}😀😀😀`;
    const pieces = written((w) => { w.table('messages'); w.rows([text]); });
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const p of pieces) expect(lone.test(p)).toBe(false);
    expect(pieces.join('')).toContain(text);
  });
});
