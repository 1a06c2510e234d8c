import { Product } from '../../schemas/entities';
import { problem, zodProblems, type Problem } from '../../lib/problem';
import { err, ok, type Result } from '../../lib/result';

/** A product as an editor or an import writes it: everything but its id and tracking fields. */
export type ProductFields = Omit<Product, 'id' | 'updatedAt' | 'updatedBy' | 'deletedAt'>;

const FIELDS = Product.omit({ id: true, updatedAt: true, updatedBy: true, deletedAt: true });

const key = (s: string): string => s.trim().toLowerCase();

/** Two lines that say the same thing: a SKU colour+size, a SKU code, a size in the chart. */
function duplicates(fields: ProductFields): Problem[] {
  const out: Problem[] = [];
  const seen = (label: (i: number) => string, field: (i: number) => string, n: number): void => {
    const first = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const k = label(i);
      if (k === '') continue;
      if (first.has(k)) out.push(problem('duplicate', { field: field(i), params: { value: k } }));
      else first.set(k, i);
    }
  };
  seen((i) => { const s = fields.skus[i]; return s && (s.color || s.size) ? `${key(s.color)}/${key(s.size)}` : ''; }, (i) => `products.skus.${i}`, fields.skus.length);
  seen((i) => key(fields.skus[i]?.sku ?? ''), (i) => `products.skus.${i}.sku`, fields.skus.length);
  const chart = fields.sizeChart;
  if (chart) {
    seen((i) => key(chart.rows[i]?.size ?? ''), (i) => `products.sizeChart.rows.${i}.size`, chart.rows.length);
    seen((i) => key(chart.columns[i] ?? ''), (i) => `products.sizeChart.columns.${i}`, chart.columns.length);
    chart.rows.forEach((r, i) => {
      if (r.cells.length !== chart.columns.length) out.push(problem('cellsMismatch', { field: `products.sizeChart.rows.${i}`, params: { count: chart.columns.length } }));
    });
  }
  return out;
}

/**
 * Checks a product before it is stored, every problem at once, each naming its field
 * (`products.skus.2.stock`, `products.sizeChart.rows.0.size`) so the editor marks them all.
 * Nothing is dropped silently: an empty row is refused where it stands, so the numbers in the
 * messages match the rows on screen.
 */
export function validateProduct(input: ProductFields): Result<ProductFields, Problem[]> {
  const parsed = FIELDS.safeParse(input);
  const problems = parsed.success ? [] : zodProblems(parsed.error, { table: 'products', input });
  const all = [...problems, ...duplicates(input)];
  return all.length > 0 || !parsed.success ? err(all) : ok(parsed.data as ProductFields);
}
