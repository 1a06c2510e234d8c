import { restoreCell, type Cell, type CsvRecord } from '../../lib/csv';
import type { Product, ProductQa, SizeChart } from '../../schemas/entities';
import { parseMoneyFen } from '../orderImport';
import {
  MAX_PRODUCT_ROWS, excelMangled, headerName, mapColumns, parseStock, rowProblem, splitPoints,
  type ImportedFields, type ImportedProduct, type ProductFileResult, type RowProblem,
} from './imported';

/**
 * The product workbook (XLSX) the app offers as a template and reads back: the whole catalogue
 * as a seller keeps it in Excel/WPS. Three sheets, one row per line of data:
 * - 商品: one row per SKU; rows with the same 商家编码 (or, without one, the same 商品名称) are one
 *   product, whose own columns are read from its first row;
 * - 尺码表: one row per size of a product; every column after 尺码 is a measurement (身高, 体重(kg)…);
 * - 问答: the shop's FAQ (常见问题) and buyers' questions (问大家).
 * A product's sheets are its whole truth: a re-import replaces its SKUs, chart and questions.
 */
export type SheetName = 'items' | 'sizes' | 'qa';
export const SHEET_TITLES: Readonly<Record<SheetName | 'help', string>> = { items: '商品', sizes: '尺码表', qa: '问答', help: '说明' };

type ItemColumn = 'code' | 'title' | 'price' | 'category' | 'material' | 'sellingPoints' | 'color' | 'size' | 'stock' | 'sku';
const ITEM_HEADER: readonly [ItemColumn, string][] = [
  ['code', '商家编码'], ['title', '商品名称'], ['price', '价格(元)'], ['category', '类目'], ['material', '面料/材质'],
  ['sellingPoints', '卖点'], ['color', '颜色'], ['size', '尺码'], ['stock', '库存'], ['sku', 'SKU编码'],
];
const PRODUCT_KEY = '商品';
const SIZE_COLUMN = '尺码';
/** Measurement columns of an empty template; a seller may rename, add or drop them. */
const TEMPLATE_MEASURES = ['身高(cm)', '体重(kg)', '胸围(cm)', '衣长(cm)'];
const QA_HEADER = [PRODUCT_KEY, '类型', '问题', '回答'];
const QA_KINDS = { faq: '常见问题', ask: '问大家' } as const;

const HELP = [
  ['这份表格可以在“知识库 → 导入商品”里导回小二工作台。'],
  ['商品：每个 SKU 一行。商家编码相同（没有编码时商品名称相同）的行是同一件商品，商品名称、价格、类目、面料、卖点取第一行。卖点之间用；分隔。'],
  ['尺码表：每件商品的每个尺码一行，“商品”一列填商家编码（没有编码就填商品名称）。尺码后面的每一列都是一项尺寸，可以改名、增加或删掉；体重请在列名里写明单位，例如 体重(kg) 或 体重(斤)。'],
  ['问答：类型填“常见问题”或“问大家”。'],
  ['重新导入时，表格里的商品会以表格为准（SKU、尺码表、问答整体替换）；表格里没有的商品保持不变。'],
];

export interface SheetOut {
  name: string;
  header: string[];
  rows: Cell[][];
}

const keyOf = (p: Pick<Product, 'code' | 'title'>): string => (p.code?.trim() || p.title.trim());
const yuanText = (fen: number | undefined): Cell => (fen === undefined ? null : fen / 100);

/** The workbook for these products; with none, the empty template (headers, help sheet). */
export function productsToWorkbook(products: readonly Product[]): SheetOut[] {
  const items: Cell[][] = [];
  for (const p of products) {
    const skus = p.skus.length ? p.skus : [null];
    skus.forEach((s, i) => {
      const own: Cell[] = i === 0
        ? [p.code ?? '', p.title, yuanText(p.priceFen), p.category ?? '', p.material, p.sellingPoints.join('；')]
        : [p.code ?? '', p.title, null, '', '', ''];
      items.push([...own, s?.color ?? '', s?.size ?? '', s ? s.stock : null, s?.sku ?? '']);
    });
  }
  const measures = products.length ? [...new Set(products.flatMap((p) => p.sizeChart?.columns ?? []))] : TEMPLATE_MEASURES;
  const sizes: Cell[][] = products.flatMap((p) => (p.sizeChart?.rows ?? []).map((r) => [keyOf(p), r.size, ...measures.map((m) => r.cells[p.sizeChart?.columns.indexOf(m) ?? -1] ?? '')]));
  const qa: Cell[][] = products.flatMap((p) => [
    ...p.faqs.map((f) => [keyOf(p), QA_KINDS.faq, f.q, f.a]),
    ...(p.asks ?? []).map((f) => [keyOf(p), QA_KINDS.ask, f.q, f.a]),
  ]);
  return [
    { name: SHEET_TITLES.items, header: ITEM_HEADER.map(([, h]) => h), rows: items },
    { name: SHEET_TITLES.sizes, header: [PRODUCT_KEY, SIZE_COLUMN, ...measures], rows: sizes },
    { name: SHEET_TITLES.qa, header: QA_HEADER, rows: qa },
    { name: SHEET_TITLES.help, header: ['说明'], rows: HELP },
  ];
}

export interface SheetIn {
  name: string;
  rows: CsvRecord[];
}

const field = (sheet: SheetName, column: string): string => `productSheet.${sheet}.${column}`;

/** The header row: the first of the first rows that has the sheet's key column. */
function headerOf(rows: readonly CsvRecord[], key: string): number {
  return rows.slice(0, 5).findIndex((r) => r.cells.some((c) => headerName(c) === key));
}

const blank = (r: CsvRecord): boolean => r.cells.every((c) => c.trim() === '');

interface Building { row: number; fields: ImportedFields; key: string }

function readItems(sheet: SheetIn, problems: RowProblem[]): Building[] | null {
  const h = headerOf(sheet.rows, '商品名称');
  if (h < 0) {
    problems.push(rowProblem(0, field('items', 'title'), 'noProductColumn'));
    return null;
  }
  const col = mapColumns((sheet.rows[h] as CsvRecord).cells, Object.fromEntries(ITEM_HEADER.map(([k, name]) => [k, [headerName(name)]])) as Record<ItemColumn, string[]>);
  const products = new Map<string, Building>();
  for (const r of sheet.rows.slice(h + 1)) {
    if (blank(r)) continue;
    const cell = (c: ItemColumn): string => (col[c] === undefined ? '' : (r.cells[col[c]] ?? '').trim());
    const refuse = (c: ItemColumn, code: Parameters<typeof rowProblem>[2], params?: Record<string, string | number>): void => {
      problems.push(rowProblem(r.row, field('items', c), code, params));
    };
    const before = problems.length;
    const code = cell('code');
    const title = cell('title');
    if (excelMangled(code)) refuse('code', 'excelNumber', { value: code });
    const key = code || title;
    const existing = products.get(key);
    if (!existing && title === '') refuse('title', 'required');
    const stock = parseStock(cell('stock'));
    if (!stock.ok) refuse('stock', 'notWhole');
    const priceText = cell('price');
    const price = priceText === '' ? null : parseMoneyFen(priceText);
    if (price && !price.ok) refuse('price', 'notAmount', { value: priceText.slice(0, 40) });
    if (problems.length > before) continue;

    const product = existing ?? { row: r.row, key, fields: { title, code, skus: [], sizeChart: null, faqs: [], asks: [], material: '', sellingPoints: [] } };
    if (!existing) {
      if (price?.ok) product.fields.priceFen = price.value;
      const category = cell('category');
      if (category) product.fields.category = category;
      product.fields.material = cell('material');
      product.fields.sellingPoints = splitPoints(cell('sellingPoints'));
      products.set(key, product);
    }
    const [color, size, sku] = [cell('color'), cell('size'), cell('sku')];
    if (color || size || sku || (stock.ok && stock.value !== null)) product.fields.skus?.push({ sku, color, size, stock: stock.ok ? (stock.value ?? 0) : 0 });
  }
  return [...products.values()];
}

function readSizes(sheet: SheetIn, byKey: Map<string, Building>, problems: RowProblem[]): void {
  const h = headerOf(sheet.rows, PRODUCT_KEY);
  if (h < 0) return;
  const header = (sheet.rows[h] as CsvRecord).cells;
  const keyCol = header.findIndex((c) => headerName(c) === PRODUCT_KEY);
  const sizeCol = header.findIndex((c) => headerName(c) === SIZE_COLUMN);
  const measureCols = header.map((c, i) => ({ name: c.trim(), i })).filter((c) => c.i !== keyCol && c.i !== sizeCol && c.name !== '');
  const charts = new Map<string, { rows: { size: string; cells: string[] }[] }>();
  for (const r of sheet.rows.slice(h + 1)) {
    if (blank(r)) continue;
    const key = (r.cells[keyCol] ?? '').trim();
    const size = sizeCol < 0 ? '' : (r.cells[sizeCol] ?? '').trim();
    if (!byKey.has(key)) {
      problems.push(rowProblem(r.row, field('sizes', 'product'), key ? 'unknownProduct' : 'required', { value: key }));
      continue;
    }
    if (size === '') {
      problems.push(rowProblem(r.row, field('sizes', 'size'), 'required'));
      continue;
    }
    const chart = charts.get(key) ?? { rows: [] };
    chart.rows.push({ size, cells: measureCols.map((c) => (r.cells[c.i] ?? '').trim()) });
    charts.set(key, chart);
  }
  for (const [key, chart] of charts) {
    // Only the measurements this product fills in: another product's columns are not its own.
    const used = measureCols.map((c, i) => ({ name: c.name, i })).filter(({ i }) => chart.rows.some((r) => r.cells[i] !== ''));
    const sizeChart: SizeChart = { columns: used.map((u) => u.name), rows: chart.rows.map((r) => ({ size: r.size, cells: used.map((u) => r.cells[u.i] ?? '') })) };
    const product = byKey.get(key);
    if (product && sizeChart.columns.length) product.fields.sizeChart = sizeChart;
  }
}

function readQa(sheet: SheetIn, byKey: Map<string, Building>, problems: RowProblem[]): void {
  const h = headerOf(sheet.rows, PRODUCT_KEY);
  if (h < 0) return;
  const col = mapColumns((sheet.rows[h] as CsvRecord).cells, { product: [PRODUCT_KEY], kind: ['类型'], q: ['问题'], a: ['回答'] });
  for (const r of sheet.rows.slice(h + 1)) {
    if (blank(r)) continue;
    const cell = (c: keyof typeof col): string => (col[c] === undefined ? '' : (r.cells[col[c]] ?? '').trim());
    const product = byKey.get(cell('product'));
    const kind = cell('kind') || QA_KINDS.faq;
    const qa: ProductQa = { q: cell('q'), a: cell('a') };
    const before = problems.length;
    if (!product) problems.push(rowProblem(r.row, field('qa', 'product'), cell('product') ? 'unknownProduct' : 'required', { value: cell('product') }));
    if (kind !== QA_KINDS.faq && kind !== QA_KINDS.ask) problems.push(rowProblem(r.row, field('qa', 'kind'), 'notAllowed', { allowed: `${QA_KINDS.faq} / ${QA_KINDS.ask}` }));
    if (!qa.q) problems.push(rowProblem(r.row, field('qa', 'q'), 'required'));
    if (!qa.a) problems.push(rowProblem(r.row, field('qa', 'a'), 'required'));
    if (problems.length > before || !product) continue;
    (kind === QA_KINDS.ask ? product.fields.asks : product.fields.faqs)?.push(qa);
  }
}

/**
 * Reads the product workbook back (sheets by name; without a 商品 sheet, the first one). Rows
 * are numbered per sheet and named with their sheet and column: "第 3 行 · 尺码表 · 尺码：不能为空".
 */
export function readProductWorkbook(input: readonly SheetIn[]): ProductFileResult {
  const problems: RowProblem[] = [];
  // Our writer guards cells against formula injection ('=…); reading them back takes the guard off.
  const sheets = input.map((s) => ({ name: s.name, rows: s.rows.map((r) => ({ row: r.row, cells: r.cells.map(restoreCell) })) }));
  const named = (s: string): SheetIn | undefined => sheets.find((x) => x.name.trim() === s);
  const items = named(SHEET_TITLES.items) ?? sheets[0];
  if (!items) return { products: [], problems: [rowProblem(0, field('items', 'title'), 'noProductColumn')], warnings: [] };
  const total = sheets.reduce((n, s) => n + s.rows.length, 0);
  if (total > MAX_PRODUCT_ROWS) return { products: [], problems: [rowProblem(0, null, 'tooManyRows', { count: total, max: MAX_PRODUCT_ROWS })], warnings: [] };
  const built = readItems(items, problems);
  if (!built) return { products: [], problems, warnings: [] };
  const byKey = new Map(built.map((b) => [b.key, b]));
  const sizes = named(SHEET_TITLES.sizes);
  if (sizes) readSizes(sizes, byKey, problems);
  const qa = named(SHEET_TITLES.qa);
  if (qa) readQa(qa, byKey, problems);
  const products: ImportedProduct[] = built.map((b) => ({ row: b.row, fields: b.fields.code ? b.fields : withoutCode(b.fields) }));
  return { products, problems, warnings: [] };
}

function withoutCode(f: ImportedFields): ImportedFields {
  const { code: _code, ...rest } = f;
  return rest;
}
