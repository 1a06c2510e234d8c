/**
 * Money is kept in fen (integer cents) everywhere; these are the only ways it turns into text or
 * back. Integer arithmetic only, so ¥0.07 never prints as ¥0.06 through floating point.
 */

/** "¥128.00" from fen (negative amounts as "-¥5.00"). */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  return `${sign}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen as a yuan number for spreadsheet cells (59.9), so Excel can sum the column. */
export function fenToYuan(fen: number): number {
  return Math.round(fen) / 100;
}

/** Fen as an agent would type it in an amount field ("59.9"); blank for no amount. The inverse of parseYuan. */
export function yuanInput(fen: number | null | undefined): string {
  return fen == null ? '' : String(fenToYuan(fen));
}

/** Yuan typed by an agent ("59", "59.9", "59.90") as fen; null for blank, NaN for anything else. */
export function parseYuan(text: string): number | null {
  const s = text.trim();
  if (!s) return null;
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return Number.NaN;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
