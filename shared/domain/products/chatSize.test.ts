import { describe, expect, it } from 'vitest';
import type { Product, SizeChart } from '../../schemas/entities';
import { chatProduct, sizeForChat, type ChatSizeInput } from './chatSize';

const KG: SizeChart = {
  columns: ['身高(cm)', '体重(kg)', '胸围'],
  rows: [
    { size: 'M', cells: ['160-165', '50-58', '100'] },
    { size: 'L', cells: ['165-172', '58-66', '104'] },
    { size: 'XL', cells: ['172-178', '66-75', '108'] },
  ],
};
const JIN: SizeChart = { columns: ['身高', '体重(斤)'], rows: [{ size: 'S', cells: ['150-160', '80-100'] }, { size: 'M', cells: ['160-168', '100-120'] }] };

const product = (id: string, title: string, code: string, sizeChart: SizeChart | null, deletedAt: number | null = null): Product => ({
  id, shopId: 'S1', updatedAt: 0, updatedBy: 'A', deletedAt, title, code, skus: [], material: '', sellingPoints: [], faqs: [], keywords: [], sizeChart,
});
const tee = product('p1', '圆领T恤', 'T01', KG);
const dress = product('p2', '碎花连衣裙', 'D06', JIN);
const shoes = product('p3', '学步鞋', 'B11', null);
const gone = product('p0', '旧款T恤', 'A00', KG, 1);
const shop = [shoes, dress, tee, gone];

describe('the size a chat gives for a phrase\'s 尺码 slot', () => {
  it.each<[string, ChatSizeInput, string | null, string | null]>([
    ['170/65 with no product named: the shop default (first chart by 商家编码, D06, in 斤) has no size for 65 kg', { buyerTextsNewestFirst: ['170/65 穿什么码'], products: shop }, null, 'p2'],
    ['"175 70kg" about the T恤 named in the chat → XL', { buyerTextsNewestFirst: ['175 70kg 穿什么码', '圆领T恤有货吗'], products: shop }, 'XL', 'p1'],
    ['"身高170 体重65斤" (32.5 kg) is below the T恤 chart: no guess', { buyerTextsNewestFirst: ['圆领T恤 身高170 体重65斤'], products: shop }, null, 'p1'],
    ['height and weight in two messages, the dress in 斤 → M', { buyerTextsNewestFirst: ['体重110斤', '碎花连衣裙 身高163'], products: shop }, 'M', 'p2'],
    ['the latest order says which product (SKU code)', { buyerTextsNewestFirst: ['身高170，体重65公斤'], products: shop, orderItems: [{ title: '女款 本白 L', sku: 'T01-WH-L' }] }, 'L', 'p1'],
    ['the latest order says which product (title)', { buyerTextsNewestFirst: ['身高170，体重65公斤'], products: shop, orderItems: [{ title: '圆领T恤 本白', sku: 'X' }] }, 'L', 'p1'],
    ['the chat names a product with no chart: no guess from another', { buyerTextsNewestFirst: ['学步鞋 身高80 体重11公斤'], products: shop }, null, 'p3'],
    ['only the height said: the agent fills the slot', { buyerTextsNewestFirst: ['圆领T恤 身高170'], products: shop }, null, 'p1'],
    ['nothing said', { buyerTextsNewestFirst: ['在吗'], products: shop }, null, 'p2'],
    ['a shop with no products', { buyerTextsNewestFirst: ['170/65'], products: [] }, null, null],
    ['a deleted product is never the default', { buyerTextsNewestFirst: ['170 65kg'], products: [gone, tee] }, 'L', 'p1'],
  ])('%s', (_, input, size, productId) => {
    expect(sizeForChat(input)?.size ?? null).toBe(size);
    expect(chatProduct(input)?.id ?? null).toBe(productId);
  });

  it('names the product and the measures it used', () => {
    expect(sizeForChat({ buyerTextsNewestFirst: ['圆领T恤 我175 70kg'], products: shop })).toEqual({ size: 'XL', product: tee, measures: { heightCm: 175, weightKg: 70 } });
  });
});
