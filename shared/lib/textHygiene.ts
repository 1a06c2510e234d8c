/**
 * Text hygiene at every boundary where outside text comes in (ingest, import, restore, forms) and
 * where our text goes out to a spreadsheet (CSV, XLSX). One module, so every boundary judges a
 * string the same way:
 * - refused (the row or field is refused, nothing is stored): NUL, and U+FFFD — the mark a
 *   decoder leaves where bytes were not valid in their encoding (a GBK file read wrongly); storing
 *   it would make a buyer named "�€" that no one can find again;
 * - removed: bidi overrides and isolates (U+202A–202E, U+2066–2069) and the bidi marks, which
 *   reverse a signature or remark on screen; zero-width characters, which make two nicks that
 *   look the same different; other control characters (tab and line breaks are kept where a
 *   text may have lines);
 * - nicks are also NFKC-normalised, so a full-width ｔｂ＿小林 is the same buyer as tb_小林.
 */

/** Bidi embeddings/overrides/isolates and marks (LRM, RLM, ALM). */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Zero-width space/joiners, word joiner, BOM used as ZWNBSP, Mongolian vowel separator. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E]/g;
/** C0 controls (NUL too: refused on the way in, removed on the way out) but tab, LF, CR; DEL; C1. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /[\t\r\n]+/g;

export type TextFault = 'nul' | 'encoding';

/** Why a string must be refused as it is, or null. */
export function textFault(value: string): TextFault | null {
  if (value.includes('\u0000')) return 'nul';
  if (value.includes('\uFFFD')) return 'encoding';
  return null;
}

/** Removes the characters that hide or reorder text on screen; keeps tab and line breaks. */
export function stripInvisible(value: string): string {
  return value.replace(BIDI, '').replace(ZERO_WIDTH, '').replace(CONTROL, '');
}

export type Cleaned = { ok: true; value: string } | { ok: false; fault: TextFault };

/**
 * A text from outside made safe to store: refused for NUL or a decoding error, otherwise with
 * the invisible characters removed. `singleLine` (names, titles) also turns tabs and line
 * breaks into one space.
 */
export function cleanText(value: string, options: { singleLine?: boolean } = {}): Cleaned {
  const fault = textFault(value);
  if (fault) return { ok: false, fault };
  const stripped = stripInvisible(value);
  return { ok: true, value: options.singleLine ? stripped.replace(LINE_BREAKS, ' ') : stripped };
}

/** A buyer nick as stored and matched: single line, invisible characters removed, NFKC, trimmed. */
export function cleanNick(value: string): Cleaned {
  const cleaned = cleanText(value, { singleLine: true });
  return cleaned.ok ? { ok: true, value: cleaned.value.normalize('NFKC').trim() } : cleaned;
}

/**
 * Every string field of a plain record cleaned (nested objects and arrays too), or the first
 * field that must be refused. For records read from a file we did not write this session
 * (restore, import): one bad field refuses the record, never a silent change of meaning.
 */
export function cleanRecordTexts<T>(record: T): { ok: true; value: T } | { ok: false; fault: TextFault; field: string } {
  let bad: { fault: TextFault; field: string } | null = null;
  const walk = (v: unknown, path: string): unknown => {
    if (bad) return v;
    if (typeof v === 'string') {
      const c = cleanText(v);
      if (!c.ok) { bad = { fault: c.fault, field: path }; return v; }
      return c.value;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, path ? `${path}.${k}` : k)]));
    return v;
  };
  const value = walk(record, '') as T;
  return bad ? { ok: false, ...(bad as { fault: TextFault; field: string }) } : { ok: true, value };
}
