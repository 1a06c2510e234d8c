import { problem, type Problem, type ProblemCode } from '../../lib/problem';
import type { ProductFields } from './validate';

/** What a file says about one product: only the fields the file carries (the rest are kept on re-import). */
export type ImportedFields = Partial<Omit<ProductFields, 'shopId' | 'title'>> & { title: string };

export interface ImportedProduct {
  /** The first row it came from (as a spreadsheet numbers it), for messages. */
  row: number;
  fields: ImportedFields;
}

export type RowProblem = Problem & { row: number };

export interface ProductFileResult {
  products: ImportedProduct[];
  /** Rows refused, each named `第 N 行 · 列：原因`; nothing of a refused row is imported. */
  problems: RowProblem[];
  /** Rows imported with a caveat (a value kept as its code because the file had no name for it). */
  warnings: RowProblem[];
}

/** At most this many rows in one file (a shop's whole catalogue fits many times over). */
export const MAX_PRODUCT_ROWS = 20_000;

export const rowProblem = (row: number, field: string | null, code: ProblemCode, params?: Record<string, string | number>): RowProblem =>
  problem(code, { row, ...(field ? { field } : {}), ...(params ? { params } : {}) }) as RowProblem;

/** A header cell as a name: trimmed, a unit suffix such as "(元)" dropped, full-width folded. */
export const headerName = (h: string): string => h.normalize('NFKC').trim().replace(/\([^)]*\)$/u, '').trim();

/** Column index per field: the first alias found in the header wins. */
export function mapColumns<F extends string>(cells: readonly string[], aliases: Readonly<Record<F, readonly string[]>>): Partial<Record<F, number>> {
  const names = cells.map(headerName);
  const out: Partial<Record<F, number>> = {};
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) {
      const i = names.indexOf(alias);
      if (i >= 0) {
        out[field] = i;
        break;
      }
    }
  }
  return out;
}

/** A whole number of pieces (库存/数量): "12", "12件"; empty is null. */
export function parseStock(raw: string): { ok: true; value: number | null } | { ok: false } {
  const s = raw.normalize('NFKC').trim().replace(/件$/u, '');
  if (s === '') return { ok: true, value: null };
  return /^\d{1,7}$/.test(s) ? { ok: true, value: Number(s) } : { ok: false };
}

/** A code Excel turned into 1.23E+12: its digits are gone, so the row is refused rather than stored wrong. */
export const excelMangled = (s: string): boolean => /^\d+(\.\d+)?E\+?\d+$/i.test(s.trim());

/** Selling points as one cell: split on ；; or line breaks. */
export const splitPoints = (s: string): string[] => s.split(/[;；\n\r]+/u).map((x) => x.trim()).filter((x) => x !== '');

/** HTML (an export's 宝贝描述) as plain text: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string, max = 5000): string {
  const text = html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/[ \t\u3000]+/g, ' ')
    .split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n');
  return text.slice(0, max);
}
