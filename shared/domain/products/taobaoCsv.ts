import type { CsvRecord } from '../../lib/csv';
import { parseMoneyFen } from '../orderImport';
import {
  MAX_PRODUCT_ROWS, excelMangled, headerName, htmlToText, mapColumns, parseStock, rowProblem, splitPoints,
  type ImportedFields, type ImportedProduct, type ProductFileResult, type RowProblem,
} from './imported';
import { parseAliases, parseSkuProps } from './skuProps';

/**
 * The columns of Taobao's product export (淘宝助理 CSV, 卖家中心 出售中的宝贝 导出) by field,
 * with the names other tools give them. The first alias is the export's own name: the screen
 * names a refused cell by it, so the seller finds it in the file.
 */
export type ItemField = 'title' | 'category' | 'price' | 'qty' | 'code' | 'skuProps' | 'skuAlias' | 'customValues' | 'props' | 'description' | 'sellingPoints' | 'material';

export const ITEM_COLUMNS: Readonly<Record<ItemField, readonly string[]>> = {
  title: ['宝贝名称', '宝贝标题', '商品名称', '商品标题'],
  category: ['宝贝类目', '商品类目', '类目'],
  price: ['宝贝价格', '一口价', '商品价格', '价格'],
  qty: ['宝贝数量', '商品数量', '库存', '数量'],
  code: ['商家编码', '商品编码', '货号'],
  skuProps: ['销售属性组合'],
  skuAlias: ['销售属性别名'],
  customValues: ['自定义属性值'],
  props: ['宝贝属性', '商品属性'],
  description: ['宝贝描述', '商品描述'],
  sellingPoints: ['宝贝卖点', '卖点'],
  material: ['材质', '面料'],
};

/** The export starts with a version line and a line of English column names before the Chinese header. */
const HEADER_SEARCH_ROWS = 5;

const MATERIAL_KEY = /材质|面料|成分|材料/u;

/** Readable 宝贝属性 ("材质:棉;风格:通勤") → the material; numeric ids (pid:vid) carry no words. */
function materialFromProps(props: string): string {
  return props.split(/[;；]/u).map((p) => p.split(/[:：]/u)).filter(([k, v]) => k && v && !/^-?\d+$/.test(k.trim()) && MATERIAL_KEY.test(k)).map(([, v]) => (v ?? '').trim()).join('，');
}

const field = (f: ItemField): string => `productImport.${f}`;

/**
 * Reads a Taobao product export (decoded and split into CSV records) into products. The header
 * is found by its 宝贝名称 column in the first rows. Each row is one listing; a refused row is
 * named with its column and reason and nothing of it is imported. A listing whose 商家编码
 * appears twice keeps the first row.
 */
export function readTaobaoItems(records: readonly CsvRecord[]): ProductFileResult {
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const headerIndex = records.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.cells.some((c) => ITEM_COLUMNS.title.includes(headerName(c))));
  if (headerIndex < 0) return { products: [], problems: [rowProblem(0, field('title'), 'noProductColumn')], warnings };
  const header = records[headerIndex] as CsvRecord;
  const rows = records.slice(headerIndex + 1);
  if (rows.length > MAX_PRODUCT_ROWS) return { products: [], problems: [rowProblem(0, null, 'tooManyRows', { count: rows.length, max: MAX_PRODUCT_ROWS })], warnings };
  const col = mapColumns(header.cells, ITEM_COLUMNS);
  const cell = (r: CsvRecord, f: ItemField): string => (col[f] === undefined ? '' : (r.cells[col[f]] ?? '').trim());

  const products: ImportedProduct[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const r of rows) {
    if (r.cells.every((c) => c.trim() === '')) continue;
    const before = problems.length;
    const refuse = (f: ItemField | null, code: Parameters<typeof rowProblem>[2], params?: Record<string, string | number>): void => {
      problems.push(rowProblem(r.row, f ? field(f) : null, code, params));
    };

    const title = cell(r, 'title');
    if (title === '') refuse('title', 'required');
    else if (title.length > 200) refuse('title', 'tooLong', { max: 200 });

    const code = cell(r, 'code');
    if (excelMangled(code)) refuse('code', 'excelNumber', { value: code });
    else if (code.length > 64) refuse('code', 'tooLong', { max: 64 });
    else if (code !== '' && firstRowOfCode.has(code)) refuse('code', 'duplicate', { value: code });

    const fields: ImportedFields = { title };
    const priceText = cell(r, 'price');
    if (priceText !== '') {
      const price = parseMoneyFen(priceText);
      if (price.ok) fields.priceFen = price.value;
      else refuse('price', 'notAmount', { value: priceText.slice(0, 40) });
    }
    const qty = parseStock(cell(r, 'qty'));
    if (!qty.ok) refuse('qty', 'notWhole');

    const combos = cell(r, 'skuProps');
    if (combos !== '') {
      const parsed = parseSkuProps(combos, parseAliases(cell(r, 'skuAlias'), cell(r, 'customValues')));
      if (!parsed.ok) refuse('skuProps', 'badSkuPart', { value: parsed.value });
      else {
        fields.skus = parsed.skus.map((s, i) => ({ sku: s.code || (code ? `${code}-${i + 1}` : ''), color: s.color, size: s.size, stock: s.stock }));
        const unnamed = [...new Set(parsed.skus.flatMap((s) => s.unnamed))];
        if (unnamed.length) warnings.push(rowProblem(r.row, field('skuAlias'), 'unnamedValue', { value: unnamed.slice(0, 5).join('、') }));
      }
    } else if (qty.ok && qty.value !== null) {
      fields.skus = [{ sku: code, color: '', size: '', stock: qty.value }];
    }
    if (problems.length > before) continue;

    if (code) {
      fields.code = code;
      firstRowOfCode.set(code, r.row);
    }
    const category = cell(r, 'category');
    if (category) fields.category = category.slice(0, 60);
    const material = cell(r, 'material') || materialFromProps(cell(r, 'props'));
    if (material) fields.material = material.slice(0, 200);
    const points = splitPoints(cell(r, 'sellingPoints')).map((p) => p.slice(0, 200)).slice(0, 20);
    if (points.length) fields.sellingPoints = points;
    const description = htmlToText(cell(r, 'description'));
    if (description) fields.description = description;
    products.push({ row: r.row, fields });
  }
  return { products, problems, warnings };
}
