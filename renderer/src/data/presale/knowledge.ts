import type { Product } from '@shared/schemas/entities';
import { planProductImport, validateProduct, type ImportedProduct, type ProductFields } from '@shared/domain/products';
import { newId } from '@shared/lib/ids';
import { ProblemError, problem, refuse, type Problem } from '@shared/lib/problem';
import { getDb } from '../store';
import { alive, putTracked, tombstone, type WriteContext } from '../repositories/tracked';

/** Products of every shop (a catalogue of hundreds, read once and searched in memory). */
export async function listProducts(): Promise<Product[]> {
  return (await getDb().products.toArray()).filter(alive);
}

export async function getProduct(id: string): Promise<Product | undefined> {
  const p = await getDb().products.get(id);
  return alive(p) ? p : undefined;
}

/**
 * Creates (no id) or updates a product from the editor. Every problem is refused at once, by
 * field, and nothing is written; the shop must exist.
 */
export async function saveProduct(id: string | null, fields: ProductFields, ctx: WriteContext): Promise<Product> {
  const checked = validateProduct(fields);
  if (!checked.ok) throw ProblemError.of(checked.error);
  const db = getDb();
  return db.transaction('rw', [db.products, db.shops, db.changes], async () => {
    if (!alive(await db.shops.get(checked.value.shopId))) throw refuse('notFound', 'shops', { id: checked.value.shopId });
    const current = id ? await db.products.get(id) : undefined;
    if (id && !alive(current)) throw refuse('notFound', 'products', { id });
    const [saved] = await putTracked<Product>(db, 'products', [{ ...(current ?? {}), ...checked.value, id: id ?? newId() }], ctx);
    return saved as Product;
  });
}

export async function deleteProduct(id: string, ctx: WriteContext): Promise<void> {
  await tombstone(getDb(), 'products', id, ctx);
}

export interface ProductImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Puts a file's products into one shop, all or nothing: found again by 商家编码 or exact title
 * and updated with what the file carries, else created. A product the file describes wrongly
 * (it would not pass the editor's checks) refuses the import, named by the file's row.
 */
export async function importProducts(shopId: string, products: readonly ImportedProduct[], ctx: WriteContext): Promise<ProductImportOutcome> {
  const db = getDb();
  return db.transaction('rw', [db.products, db.shops, db.changes], async () => {
    if (!alive(await db.shops.get(shopId))) throw refuse('notFound', 'shops', { id: shopId });
    const existing = await db.products.where('shopId').equals(shopId).toArray();
    const plan = planProductImport(existing, shopId, products);
    const rows: Product[] = [];
    const problems: Problem[] = [];
    for (const { fields } of plan.create) rows.push({ ...fields, id: newId(), updatedAt: 0, updatedBy: '', deletedAt: null } as Product);
    for (const { product } of plan.update) rows.push(product);
    const rowOf = [...plan.create.map((c) => c.row), ...plan.update.map((u) => u.row)];
    for (const [i, p] of rows.entries()) {
      const { id: _id, updatedAt: _u, updatedBy: _b, deletedAt: _d, ...fields } = p;
      const checked = validateProduct(fields);
      if (!checked.ok) problems.push(...checked.error.map((x) => problem(x.code, { row: rowOf[i], field: x.field, params: x.params })));
    }
    if (problems.length) throw ProblemError.of(problems);
    await putTracked<Product>(db, 'products', rows, ctx);
    return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged };
  });
}
