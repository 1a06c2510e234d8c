import { describe, expect, it } from 'vitest';
import type { Product } from '../../schemas/entities';
import { buildProductIndex, searchProducts } from './knowledge';

const p = (id: string, title: string, faqs: Product['faqs']): Product => ({
  id, title, faqs, shopId: 's', skus: [], material: '棉', sellingPoints: [], keywords: [], updatedAt: 0, updatedBy: 'x', deletedAt: null,
});

describe('product knowledge search', () => {
  const index = buildProductIndex([p('1', '加绒连帽卫衣', [{ q: '会起球吗？', a: '不容易起球' }]), p('2', '婴儿纱布浴巾', [{ q: '几层纱？', a: '六层' }])]);
  it.each([['卫衣', ['1']], ['jrlm', ['1']], ['yuejin', []], ['yujin', ['2']], ['起球', ['1']], ['', ['1', '2']]])('"%s" finds %j', (q, ids) => {
    expect(searchProducts(index, q).map((h) => h.product.id)).toEqual(ids);
  });
  it('narrows the FAQ to the question that matched', () => {
    expect(searchProducts(index, '起球')[0]?.faqs).toEqual([{ q: '会起球吗？', a: '不容易起球' }]);
  });
});
