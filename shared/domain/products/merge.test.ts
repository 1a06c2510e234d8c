import { describe, expect, it } from 'vitest';
import type { Product } from '../../schemas/entities';
import { planProductImport } from './merge';

const stored = (id: string, more: Partial<Product>): Product => ({
  id, shopId: 'S1', updatedAt: 1, updatedBy: 'A', deletedAt: null, title: '卫衣', skus: [], material: '', sellingPoints: [], faqs: [], keywords: [], ...more,
});

describe('how a file’s products land in a shop', () => {
  const withChart = stored('P1', { code: 'H07', title: '旧标题', priceFen: 100, sizeChart: { columns: ['身高'], rows: [{ size: 'M', cells: ['160'] }] }, asks: [{ q: '问', a: '答' }] });

  it('finds a product by 商家编码 and changes only what the file carries (the chart and 问大家 stay)', () => {
    const plan = planProductImport([withChart], 'S1', [{ row: 4, fields: { title: '新标题', code: 'H07', priceFen: 15900 } }]);
    expect(plan.update).toEqual([{ row: 4, product: { ...withChart, title: '新标题', priceFen: 15900 } }]);
    expect(plan.create).toEqual([]);
  });

  it.each<[string, Product[], number, number, number]>([
    ['a new product is created', [], 1, 0, 0],
    ['a product without a code is found by its exact title', [stored('P2', { title: '围巾' })], 0, 1, 0],
    ['a product of another shop is not touched', [stored('P3', { shopId: 'S2', title: '围巾' })], 1, 0, 0],
    ['a deleted product is not brought back', [stored('P4', { title: '围巾', deletedAt: 5 })], 1, 0, 0],
    ['the same facts again change nothing', [stored('P5', { title: '围巾', priceFen: 5000 })], 0, 0, 1],
  ])('%s', (_name, existing, create, update, unchanged) => {
    const plan = planProductImport(existing, 'S1', [{ row: 2, fields: { title: '围巾', priceFen: 5000 } }]);
    expect([plan.create.length, plan.update.length, plan.unchanged]).toEqual([create, update, unchanged]);
  });

  it('a new product gets the shop and empty lists for what the file lacks', () => {
    expect(planProductImport([], 'S1', [{ row: 2, fields: { title: '围巾' } }]).create[0]?.fields).toEqual({ shopId: 'S1', title: '围巾', skus: [], material: '', sellingPoints: [], faqs: [], keywords: [] });
  });
});
