import { useMemo } from 'react';
import { buildProductIndex, searchProducts, type ProductHit } from '@shared/domain/presale';
import { useLive, listProducts } from '../../data';

/** Products searched by text or pinyin; pinyin is computed once per catalogue change. */
export function useProductSearch(query: string, shopId?: string): ProductHit[] {
  const products = useLive(listProducts, [], []);
  const index = useMemo(() => buildProductIndex(shopId ? products.filter((p) => p.shopId === shopId) : products), [products, shopId]);
  return useMemo(() => searchProducts(index, query), [index, query]);
}
