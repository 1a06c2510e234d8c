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
