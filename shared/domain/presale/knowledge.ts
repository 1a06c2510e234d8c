import { pinyin } from 'pinyin-pro';
import type { Product } from '../../schemas/entities';

interface ProductEntry {
  product: Product;
  hay: string;
  initials: string;
  spell: string;
}

export interface ProductHit {
  product: Product;
  /** FAQ entries whose question or answer matched (all of them when the title matched). */
  faqs: Product['faqs'];
}

const norm = (s: string): string => s.normalize('NFKC').toLowerCase();

/** Pinyin and searchable text computed once per product, not per keystroke. */
export function buildProductIndex(products: readonly Product[]): ProductEntry[] {
  return products.filter((p) => p.deletedAt === null).map((p) => {
    const initials = pinyin(p.title, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
    const spell = pinyin(p.title, { toneType: 'none', type: 'array' }).join('').toLowerCase();
    const hay = norm([p.title, p.material, ...p.sellingPoints, ...p.keywords, ...p.skus.map((s) => `${s.sku} ${s.size} ${s.color}`), ...p.faqs.map((f) => `${f.q} ${f.a}`)].join('\n'));
    return { product: p, hay, initials, spell };
  });
}

/**
 * Products matching every word of the query in their text (title, material, selling points,
 * SKUs, FAQ) or in the pinyin of the title (initials or full spelling). FAQs are narrowed to
 * the matching ones so the chat panel shows the answer the buyer asked about.
 */
export function searchProducts(index: readonly ProductEntry[], query: string): ProductHit[] {
  const words = norm(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return index.map((e) => ({ product: e.product, faqs: e.product.faqs }));
  const hits: ProductHit[] = [];
  for (const e of index) {
    const ok = words.every((w) => e.hay.includes(w) || e.initials.includes(w) || e.spell.includes(w));
    if (!ok) continue;
    const titleHit = words.every((w) => norm(e.product.title).includes(w) || e.initials.includes(w) || e.spell.includes(w));
    const faqs = titleHit ? e.product.faqs : e.product.faqs.filter((f) => words.some((w) => norm(`${f.q} ${f.a}`).includes(w)));
    hits.push({ product: e.product, faqs });
  }
  return hits;
}
