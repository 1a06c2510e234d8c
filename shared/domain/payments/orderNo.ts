/**
 * Order numbers as typed or pasted: spaces (also full-width and non-breaking), tabs, line
 * breaks, zero-width characters, full-width digits, and spreadsheet artefacts — Excel exports
 * write long numbers as `="1234…"` so they stay text, or with a leading apostrophe `'1234…`, and
 * CSV adds surrounding quotes. All of those are removed so search matches the stored digits.
 * Pinduoduo writes its numbers with a dash after the date (201120-012345678901234); the dash
 * between digits is dropped, so they are stored and searched as digits like the others.
 * Anything else is left in place (a number already mangled into "1.23E+18" cannot be recovered
 * and simply will not match).
 */
export function normalizeOrderNo(raw: string): string {
  let s = raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[＝]/g, '=')
    .replace(/[“”＂]/g, '"')
    .replace(/[‘’＇]/g, "'")
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/(\d)[-‐–—－](?=\d)/gu, '$1');
  // Peel wrappers until nothing changes: ="…", "…", '…, '…'
  for (let guard = 0; guard < 4; guard++) {
    const before = s;
    if (s.startsWith('=')) s = s.slice(1);
    if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1);
    if (s.startsWith("'")) s = s.slice(1, s.endsWith("'") && s.length > 1 ? -1 : undefined);
    if (s === before) break;
  }
  return s;
}

/** True when a normalised string looks like a platform order number (digits only, 6–24). */
export const isOrderNo = (s: string): boolean => /^\d{6,24}$/.test(s);
