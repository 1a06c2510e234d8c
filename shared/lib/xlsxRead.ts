import type { CsvRecord } from './csv';
import { problem, ProblemError } from './problem';

/**
 * A small XLSX reader for the workbooks sellers bring back (our own template after Excel/WPS
 * saved it): the ZIP's central directory, shared strings, inline strings and plain values of
 * every sheet. Formulas give their cached value; styles, dates and merged cells are not
 * interpreted (a template has none). Deflated parts are inflated by the caller's `inflateRaw`
 * (the browser's DecompressionStream, Node's zlib in tests): shared code has neither.
 */
export type InflateRaw = (bytes: Uint8Array) => Promise<Uint8Array>;

export interface XlsxSheetIn {
  name: string;
  /** Rows as a spreadsheet numbers them; empty rows are left out, missing cells are ''. */
  rows: CsvRecord[];
}

// Both hosts have it (Node and the browser); shared code compiles without either's types.
declare const TextDecoder: new (label?: string) => { decode(bytes: Uint8Array): string };

const notXlsx = (): ProblemError => new ProblemError(problem('notXlsx', { row: 0 }));

interface Entry { name: string; method: number; size: number; offset: number }

function entries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw notXlsx();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: Entry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) throw notXlsx();
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLen));
    if (local + 30 > zip.length) throw notXlsx();
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({ name, method, size, offset: dataAt });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const unescape = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (whole, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? whole;
  });

/** Text of every <t> inside (rich text runs joined); phonetic hints (<rPh>) left out. */
const textOf = (xml: string): string => unescape([...xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => m[1] ?? '').join(''));

const attr = (attrs: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;

/** "BC12" → 54 (0-based column index). */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function sheetRows(xml: string, shared: readonly string[]): CsvRecord[] {
  const rows: CsvRecord[] = [];
  let nextRow = 1;
  for (const m of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowNo = Number(attr(m[1] ?? '', 'r') ?? nextRow);
    nextRow = rowNo + 1;
    const cells: string[] = [];
    let nextCol = 0;
    for (const c of (m[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = c[1] ?? '';
      const body = c[2] ?? '';
      const ref = attr(attrs, 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const type = attr(attrs, 't');
      const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      let text: string;
      if (type === 's') text = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') text = textOf(body);
      else if (type === 'b') text = v === '1' ? 'TRUE' : 'FALSE';
      else text = v === undefined ? '' : unescape(v);
      while (cells.length < col) cells.push('');
      cells[col] = text;
    }
    if (cells.some((x) => x !== '')) rows.push({ row: rowNo, cells });
  }
  return rows;
}

/** Every sheet of a workbook, in the workbook's order, by its name. Refuses a file that is not an XLSX. */
export async function readXlsx(bytes: Uint8Array, inflateRaw: InflateRaw): Promise<XlsxSheetIn[]> {
  const list = entries(bytes);
  const decoder = new TextDecoder('utf-8');
  const read = async (name: string): Promise<string | null> => {
    const e = list.find((x) => x.name === name);
    if (!e) return null;
    const raw = bytes.subarray(e.offset, e.offset + e.size);
    if (e.method === 0) return decoder.decode(raw);
    if (e.method === 8) return decoder.decode(await inflateRaw(raw));
    throw notXlsx();
  };
  const workbook = await read('xl/workbook.xml');
  if (workbook === null) throw notXlsx();
  const rels = (await read('xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map([...rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)].map((m) => [attr(m[1] ?? '', 'Id') ?? '', attr(m[1] ?? '', 'Target') ?? '']));
  const sharedXml = (await read('xl/sharedStrings.xml')) ?? '';
  const shared = [...sharedXml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => textOf(m[1] ?? ''));
  const sheets: XlsxSheetIn[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? '';
    const target = targets.get(attr(attrs, 'r:id') ?? '') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const xml = await read(path);
    if (xml !== null) sheets.push({ name: unescape(attr(attrs, 'name') ?? ''), rows: sheetRows(xml, shared) });
  }
  return sheets;
}
