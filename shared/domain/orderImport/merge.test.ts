import { describe, expect, it } from 'vitest';
import type { Order, OrderStatus } from '../../schemas/entities';
import { importedStatus, mergeImported } from './merge';
import type { ImportedOrder } from './rows';

describe('status after an import', () => {
  it.each<[OrderStatus, OrderStatus, OrderStatus]>([
    ['unpaid', 'paid', 'paid'],
    ['paid', 'shipped', 'shipped'],
    ['shipped', 'paid', 'shipped'], // an older export never moves an order back
    ['completed', 'shipped', 'completed'],
    ['unpaid', 'closed', 'closed'],
    ['shipped', 'refunding', 'refunding'],
    ['refunding', 'completed', 'refunding'],
    ['refunding', 'closed', 'closed'],
    ['closed', 'paid', 'closed'],
    ['closed', 'refunding', 'closed'],
  ])('%s in the store + %s in the file → %s', (current, file, expected) => {
    expect(importedStatus(current, file)).toBe(expected);
  });
});

const stored: Order = {
  id: 'O1', orderNo: '3123456789012345678', shopId: 'S1', buyerId: 'B1', status: 'unpaid', totalFen: 10000, items: [{ title: '上衣', sku: 'M', qty: 1, price: 10000 }],
  createdAt: 1, paidAt: null, addressMasked: '浙江省杭州市西湖区文三路****', recipient: { name: '林女士', phone: '13812341234', address: '浙江省杭州市西湖区文三路1号' }, phoneMasked: '138****1234', paidFen: null, postageFen: null, trackingNo: null, carrier: null, flag: 2, latestRemark: '#送礼 —小雅', updatedAt: 1, updatedBy: 'A1', deletedAt: null,
};
const row: ImportedOrder = {
  row: 2, orderNo: stored.orderNo, buyerNick: '小林', status: 'unpaid', totalFen: 10000, paidFen: null, postageFen: null, items: [{ title: '上衣', sku: 'M', qty: 1, price: 10000 }], createdAt: 1, paidAt: null,
  receiver: '林女士', phone: '13812341234', address: '浙江省杭州市西湖区文三路1号', trackingNo: null, carrier: null, buyerNote: '', sellerMemo: '', shopName: '',
};

describe('merging an imported row into a stored order', () => {
  it('changes nothing when the file says what the store knows', () => {
    expect(mergeImported(stored, row)).toBeNull();
  });

  it('takes payment, a price change before payment and the tracking number; never the flag or remarks', () => {
    expect(mergeImported(stored, { ...row, status: 'shipped', totalFen: 9000, paidFen: 9000, paidAt: 5, trackingNo: 'SF1', carrier: '顺丰' })).toEqual({ status: 'shipped', totalFen: 9000, paidFen: 9000, paidAt: 5, trackingNo: 'SF1', carrier: '顺丰' });
  });

  it('repairs what an earlier import stored wrong: the amount, the recipient, the buyer note and the memo', () => {
    const wrong: Order = { ...stored, status: 'closed', totalFen: 0 };
    expect(mergeImported(wrong, { ...row, status: 'closed', totalFen: 12800, paidFen: 0, receiver: '王先生', phone: '13900001111', address: '上海市浦东新区世纪大道8号', buyerNote: '请发顺丰', sellerMemo: '老客户' })).toEqual({
      totalFen: 12800, paidFen: 0, recipient: { name: '王先生', phone: '13900001111', address: '上海市浦东新区世纪大道8号' }, addressMasked: '上海市浦东新区世纪大****', phoneMasked: '139****1111', buyerNote: '请发顺丰', platformMemo: '老客户',
    });
  });

  it('keeps an address an agent changed, an older status, and item lines with SKUs against a list without them', () => {
    const changed: Order = { ...stored, status: 'shipped', paidAt: 5, addressChanges: [{ from: 'x', to: 'y', fromMasked: 'x', toMasked: 'y', by: 'A1', byName: '小雅', at: 6 }] };
    expect(mergeImported(changed, { ...row, status: 'paid', paidAt: 5, paidFen: null, items: [{ title: '上衣', qty: 1, price: 10000 }], address: '北京市朝阳区某路2号', receiver: '别人' })).toBeNull();
  });
});
