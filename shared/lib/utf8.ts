/**
 * How many of these bytes end on a whole UTF-8 character, so a file read in pieces never
 * splits a character between two pieces (each piece is decoded on its own). At the end of the
 * file everything counts: a truncated character there is the file's own fault, not the cut's.
 */
export function wholeUtf8Prefix(bytes: Uint8Array, atEnd: boolean): number {
  const n = bytes.length;
  if (atEnd || n === 0) return n;
  // The last lead byte (not 10xxxxxx) among the last four.
  for (let i = n - 1; i >= Math.max(0, n - 4); i -= 1) {
    const b = bytes[i] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 1;
    return i + need <= n ? n : i;
  }
  return n; // no lead byte at all: not UTF-8; the decoder will say so
}

// Both hosts have it (Node and the browser); shared code compiles without either's types.
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

/** A piece of a file read from `offset`, as hosts answer backup:read-chunk and file:read-chunk. */
export interface TextPiece {
  text: string;
  nextOffset: number;
  sizeBytes: number;
}

/** Decodes bytes read at `offset` of a file of `sizeBytes`, leaving a split last character to the next piece. */
export function textPiece(bytes: Uint8Array, offset: number, sizeBytes: number): TextPiece {
  const keep = wholeUtf8Prefix(bytes, offset + bytes.length >= sizeBytes);
  return { text: new TextDecoder().decode(bytes.subarray(0, keep)), nextOffset: offset + keep, sizeBytes };
}

/**
 * UTF-8 bytes of a string, without TextEncoder (the shared layer compiles without DOM or Node
 * types). A lone surrogate becomes U+FFFD, as TextEncoder writes it.
 */
export function utf8Bytes(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    const cp = c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/**
 * Byte length of a string encoded as UTF-8, without TextEncoder (not part of the pure layer's
 * ES2022 lib). ASCII 1 byte, Latin/Greek/Cyrillic… 2, Chinese and the rest of the BMP 3,
 * emoji and other astral characters 4. A lone surrogate counts 3, as TextEncoder writes U+FFFD.
 */
export function utf8ByteLength(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The longest prefix of `s` (whole characters) that fits in `maxBytes` of UTF-8. */
export function truncateUtf8(s: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of s) {
    const b = utf8ByteLength(ch);
    if (bytes + b > maxBytes) break;
    bytes += b;
    out += ch;
  }
  return out;
}
