import { describe, expect, it } from 'vitest';
import type { Product } from '../../schemas/entities';
import { DEFAULT_LINT_LISTS, lintReply } from '../lint';
import { productCardText, sizeAnswerText } from './replies';
import { recommendSize } from './sizeChart';

const hoodie: Product = {
  id: 'P1', shopId: 'S1', updatedAt: 0, updatedBy: 'A', deletedAt: null,
  title: '加绒连帽卫衣', priceFen: 15900, material: '棉80%，聚酯纤维20%',
  skus: [
    { sku: 'H-BK-M', color: '炭黑', size: 'M', stock: 5 },
    { sku: 'H-BK-L', color: '炭黑', size: 'L', stock: 0 },
    { sku: 'H-GY-L', color: '灰色', size: 'L', stock: 3 },
  ],
  sellingPoints: ['内里加绒，冬天单穿也暖和', '帽绳可调'], faqs: [], keywords: [],
  sizeChart: { columns: ['身高', '体重(kg)', '胸围'], rows: [{ size: 'M', cells: ['160-168', '50-60', '108'] }, { size: 'L', cells: ['168-175', '60-70', '112'] }] },
};

describe('what a product puts into a reply', () => {
  it('the card names title, price, material and what is in stock', () => {
    expect(productCardText(hoodie)).toBe('【加绒连帽卫衣】 ¥159.00\n面料：棉80%，聚酯纤维20%\n颜色：炭黑、灰色\n尺码：M、L\n· 内里加绒，冬天单穿也暖和\n· 帽绳可调');
  });

  it('a card with every SKU sold out says so instead of listing sizes', () => {
    expect(productCardText({ ...hoodie, skus: hoodie.skus.map((s) => ({ ...s, stock: 0 })) })).toContain('暂时没有现货');
  });

  it.each<[string, number, number, string]>([
    ['one size for both', 170, 65, '亲，按您身高170cm、体重65kg，加绒连帽卫衣建议选L码。参考尺码表 L：身高 168-175 · 体重(kg) 60-70 · 胸围 112'],
    ['height and weight apart', 165, 65, '亲，按您身高165cm、体重65kg，加绒连帽卫衣身高对应M码、体重对应L码，建议选大一点的L码，穿着不紧绷。参考尺码表 L：身高 168-175 · 体重(kg) 60-70 · 胸围 112'],
    ['outside the chart', 190, 90, '亲，按您身高190cm、体重90kg，加绒连帽卫衣的尺码表里没有合适的码（码数都会偏小），建议您看看店里其他款式，我帮您推荐～'],
  ])('the size answer: %s', (_name, heightCm, weightKg, text) => {
    const m = { heightCm, weightKg };
    expect(sizeAnswerText(hoodie, recommendSize(hoodie.sizeChart!, m), m)).toBe(text);
  });

  it('every answer passes reply lint', () => {
    for (const [h, w] of [[170, 65], [165, 65], [190, 90]] as const) {
      const m = { heightCm: h, weightKg: w };
      expect(lintReply(sizeAnswerText(hoodie, recommendSize(hoodie.sizeChart!, m), m) ?? '', DEFAULT_LINT_LISTS)).toEqual([]);
    }
    expect(lintReply(productCardText(hoodie), DEFAULT_LINT_LISTS)).toEqual([]);
  });

  it('without a size chart there is no size answer', () => {
    expect(sizeAnswerText({ ...hoodie, sizeChart: null }, { kind: 'noMatch' }, { heightCm: 170, weightKg: 65 })).toBeNull();
  });
});
