import type { Product } from '../../schemas/entities';
import { DAY } from '../../lib/time';
import { catalogueFor, type CatalogueEntry } from './content/catalogue';
import { demoId } from './ids';
import type { Rng } from './rng';
import type { DemoShop } from './staff';
import { tracked } from './tracked';

/** A catalogue entry with the product record made from it (orders need its price). */
export interface DemoProduct {
  entry: CatalogueEntry;
  product: Product;
}

export const skuCode = (entry: CatalogueEntry, colorCode: string, size: string): string => `${entry.code}-${colorCode}-${size.replace(/[^0-9A-Za-z.]/g, '')}`;

/** Products of each shop's line, with random stock (a few SKUs at 0, so 缺货 questions are real). */
export function buildProducts(rng: Rng, shops: readonly DemoShop[], now: number): DemoProduct[] {
  return shops.flatMap(({ shop, line }) =>
    catalogueFor(line).map((entry) => ({
      entry,
      product: {
        ...tracked(demoId(rng, now - 60 * DAY), now),
        shopId: shop.id,
        title: entry.title,
        skus: entry.colors.flatMap((c) =>
          entry.sizes.map((size) => ({ sku: skuCode(entry, c.code, size), size, color: c.name, stock: rng.chance(0.08) ? 0 : rng.int(3, 300) })),
        ),
        material: entry.material,
        sellingPoints: [...entry.sellingPoints],
        faqs: entry.faqs.map((f) => ({ ...f })),
        keywords: [...entry.keywords],
      },
    })),
  );
}
