import type { Product, ProductQa, SizeChart } from '@shared/schemas/entities';
import type { ProductFields } from '@shared/domain/products';
import { parseYuan, yuanInput } from '@shared/lib/money';
import { problem, type Problem } from '@shared/lib/problem';

/** The editor's form: numbers as typed, so a wrong one can be named rather than lost. */
export interface EditorState {
  shopId: string;
  title: string;
  code: string;
  price: string;
  category: string;
  material: string;
  /** One selling point a line. */
  sellingPoints: string;
  skus: { sku: string; color: string; size: string; stock: string }[];
  chart: SizeChart | null;
  faqs: ProductQa[];
  asks: ProductQa[];
}

/** Measurements a new size chart starts with (the seller renames or drops them). */
export const STARTER_COLUMNS = ['身高(cm)', '体重(kg)', '胸围(cm)', '衣长(cm)'];

export function stateOf(p: Product | null, shopId: string): EditorState {
  if (!p) return { shopId, title: '', code: '', price: '', category: '', material: '', sellingPoints: '', skus: [], chart: null, faqs: [], asks: [] };
  return {
    shopId: p.shopId, title: p.title, code: p.code ?? '', price: yuanInput(p.priceFen), category: p.category ?? '', material: p.material,
    sellingPoints: p.sellingPoints.join('\n'), skus: p.skus.map((s) => ({ ...s, stock: String(s.stock) })), chart: p.sizeChart ?? null, faqs: p.faqs, asks: p.asks ?? [],
  };
}

/** A new chart with a row for each size the SKUs already name. */
export function starterChart(skus: EditorState['skus']): SizeChart {
  const sizes = [...new Set(skus.map((s) => s.size.trim()).filter((s) => s !== ''))];
  return { columns: STARTER_COLUMNS, rows: (sizes.length ? sizes : ['']).map((size) => ({ size, cells: STARTER_COLUMNS.map(() => '') })) };
}

/** The form as product fields, or the numbers that are not numbers (named like the store names them). */
export function fieldsOf(s: EditorState, before: Product | null): { ok: true; fields: ProductFields } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const price = parseYuan(s.price);
  if (Number.isNaN(price)) problems.push(problem('amountInvalid', { field: 'products.priceFen' }));
  const priceFen = price === null || Number.isNaN(price) ? undefined : price;
  const skus = s.skus.map((k, i) => {
    const stock = k.stock.trim() === '' ? 0 : Number(k.stock.trim());
    if (!/^\d+$/.test(k.stock.trim() || '0')) problems.push(problem('notWhole', { field: `products.skus.${i}.stock` }));
    return { sku: k.sku, color: k.color, size: k.size, stock };
  });
  if (problems.length) return { ok: false, problems };
  const fields: ProductFields = {
    shopId: s.shopId, title: s.title, skus, material: s.material.trim(),
    sellingPoints: s.sellingPoints.split('\n').map((x) => x.trim()).filter((x) => x !== ''),
    faqs: s.faqs, asks: s.asks, keywords: before?.keywords ?? [], sizeChart: s.chart,
    ...(s.code.trim() ? { code: s.code } : {}),
    ...(priceFen !== undefined ? { priceFen } : {}),
    ...(s.category.trim() ? { category: s.category } : {}),
    ...(before?.description !== undefined ? { description: before.description } : {}),
  };
  return { ok: true, fields };
}
