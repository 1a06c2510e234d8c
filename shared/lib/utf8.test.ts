import { describe, expect, it } from 'vitest';
import { utf8Bytes, wholeUtf8Prefix } from './utf8';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('cutting UTF-8 bytes on a character boundary', () => {
  it.each([
    ['ascii is cut anywhere', 'abc', 3, 3],
    ['a whole Chinese character stays', 'a小', 4, 4],
    ['a Chinese character cut after its first byte goes to the next piece', 'a小', 2, 1],
    ['a Chinese character cut after its second byte goes to the next piece', 'a小', 3, 1],
    ['an emoji cut after three of its four bytes goes to the next piece', 'ab😀', 5, 2],
    ['a whole emoji stays', 'ab😀', 6, 6],
  ])('%s', (_name, text, take, expected) => {
    expect(wholeUtf8Prefix(bytes(text).subarray(0, take), false)).toBe(expected);
  });

  it('keeps everything at the end of the file, even a truncated character', () => {
    expect(wholeUtf8Prefix(bytes('a小').subarray(0, 2), true)).toBe(2);
  });

  it('reassembles any text exactly, whatever the piece size', () => {
    const text = '订单a😀b小二\u00e9'.repeat(50);
    const all = bytes(text);
    for (const size of [4, 5, 7, 13]) {
      let out = '';
      for (let at = 0; at < all.length;) {
        const piece = all.subarray(at, at + size);
        const keep = wholeUtf8Prefix(piece, at + piece.length >= all.length);
        out += new TextDecoder().decode(piece.subarray(0, keep));
        at += keep;
      }
      expect(out).toBe(text);
    }
  });
});

describe('utf8Bytes', () => {
  it.each([['ASCII', 'abc'], ['Chinese and an emoji', '售后登记表 😀 <&>'], ['a lone surrogate (U+FFFD, as TextEncoder)', 'a\ud800b']])('encodes %s like the platform encoder', (_, s) => {
    expect(utf8Bytes(s)).toEqual(new TextEncoder().encode(s));
  });
});
