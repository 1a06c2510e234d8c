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
