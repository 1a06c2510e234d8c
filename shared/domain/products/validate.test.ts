import { describe, expect, it } from 'vitest';
import { problem } from '../../lib/problem';
import { validateProduct, type ProductFields } from './validate';

const base: ProductFields = { shopId: 'S1', title: '卫衣', skus: [{ sku: 'A', color: '黑', size: 'M', stock: 1 }], material: '棉', sellingPoints: [], faqs: [], keywords: [] };

describe('a product checked before it is stored', () => {
  it('a complete product passes, text trimmed', () => {
    expect(validateProduct({ ...base, title: ' 卫衣 ' })).toEqual({ ok: true, value: { ...base, title: '卫衣' } });
  });

  it.each<[string, Partial<ProductFields>, ReturnType<typeof problem>[]]>([
    ['an empty title', { title: '  ' }, [problem('required', { field: 'products.title' })]],
    ['negative stock', { skus: [{ sku: 'A', color: '黑', size: 'M', stock: -1 }] }, [problem('tooSmall', { field: 'products.skus.0.stock', params: { min: 0 } })]],
    ['stock that is not whole', { skus: [{ sku: 'A', color: '黑', size: 'M', stock: 1.5 }] }, [problem('notWhole', { field: 'products.skus.0.stock' })]],
    ['two SKUs of one colour and size', { skus: [{ sku: 'A', color: '黑', size: 'M', stock: 1 }, { sku: 'B', color: '黑', size: 'm', stock: 2 }] }, [problem('duplicate', { field: 'products.skus.1', params: { value: '黑/m' } })]],
    ['two SKUs with one code', { skus: [{ sku: 'A', color: '黑', size: 'M', stock: 1 }, { sku: 'A', color: '白', size: 'M', stock: 2 }] }, [problem('duplicate', { field: 'products.skus.1.sku', params: { value: 'a' } })]],
    ['a FAQ without an answer', { faqs: [{ q: '起球吗', a: '' }] }, [problem('required', { field: 'products.faqs.0.a' })]],
    ['a size twice in the chart', { sizeChart: { columns: ['身高'], rows: [{ size: 'M', cells: ['160'] }, { size: 'M', cells: ['165'] }] } }, [problem('duplicate', { field: 'products.sizeChart.rows.1.size', params: { value: 'm' } })]],
    ['a chart row with a cell missing', { sizeChart: { columns: ['身高', '体重'], rows: [{ size: 'M', cells: ['160'] }] } }, [problem('cellsMismatch', { field: 'products.sizeChart.rows.0', params: { count: 2 } })]],
    ['a negative price', { priceFen: -1 }, [problem('tooSmall', { field: 'products.priceFen', params: { min: 0 } })]],
  ])('refuses %s, naming the field', (_name, change, problems) => {
    expect(validateProduct({ ...base, ...change })).toEqual({ ok: false, error: problems });
  });
});
