import type { Product } from '../../schemas/entities';
import type { ImportedProduct } from './imported';
import type { ProductFields } from './validate';

export interface ProductImportPlan {
  /** New products for the shop. */
  create: { row: number; fields: ProductFields }[];
  /** Existing products with the file's fields laid over them. */
  update: { row: number; product: Product }[];
  /** Products the file describes exactly as stored. */
  unchanged: number;
}

const norm = (s: string | undefined): string => (s ?? '').trim();
/** A product as facts: absent lists are empty, absent chart is none, key order does not matter. */
function canonical(p: Product): string {
  const facts: Record<string, unknown> = { ...p, asks: p.asks ?? [], sizeChart: p.sizeChart ?? null };
  return JSON.stringify(Object.keys(facts).sort().map((k) => [k, facts[k]]));
}

/**
 * How a file's products land in one shop. A product is found again by its 商家编码, else by
 * its exact title, so exporting, editing in Excel and importing again updates rather than
 * duplicates. Only the fields the file carries change: a Taobao export has no size chart or
 * 问大家, so those the agents wrote stay.
 */
export function planProductImport(existing: readonly Product[], shopId: string, imported: readonly ImportedProduct[]): ProductImportPlan {
  const alive = existing.filter((p) => p.shopId === shopId && p.deletedAt === null);
  const byCode = new Map(alive.filter((p) => norm(p.code) !== '').map((p) => [norm(p.code), p]));
  const byTitle = new Map(alive.map((p) => [norm(p.title), p]));
  const plan: ProductImportPlan = { create: [], update: [], unchanged: 0 };
  const taken = new Set<string>();
  for (const { row, fields } of imported) {
    const match = (fields.code ? byCode.get(norm(fields.code)) : undefined) ?? byTitle.get(norm(fields.title));
    if (match && !taken.has(match.id)) {
      taken.add(match.id);
      const next: Product = { ...match, ...fields };
      if (canonical(match) === canonical(next)) plan.unchanged += 1;
      else plan.update.push({ row, product: next });
      continue;
    }
    plan.create.push({
      row,
      fields: { shopId, skus: [], material: '', sellingPoints: [], faqs: [], keywords: [], ...fields },
    });
  }
  return plan;
}
