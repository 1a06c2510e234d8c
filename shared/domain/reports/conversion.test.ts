import { describe, expect, it } from 'vitest';
import { fromShanghai, HOUR, MINUTE } from '../../lib/time';
import { conversionRates, creditOrders, type Consultation, type SaleOrder } from './conversion';

const at = (d: number, h: number, m = 0) => fromShanghai(2026, 11, d, h, m);
const consult = (buyerId: string, agentId: string, time: number, shopId = 'S1'): Consultation => ({ conversationId: `c-${buyerId}`, buyerId, shopId, agentId, at: time });
const order = (id: string, buyerId: string, createdAt: number, paidAt: number | null, totalFen = 10000, shopId = 'S1'): SaleOrder => ({ id, orderNo: `39201188${id.padStart(11, '0')}`, buyerId, shopId, createdAt, paidAt, totalFen });

describe('询单 → 下单 → 付款 credited to agents', () => {
  it.each([
    ['a buyer who asked, ordered and paid is one of each', [consult('b1', 'A1', at(20, 10))], [order('1', 'b1', at(20, 10, 20), at(20, 10, 25))], { consulted: 1, ordered: 1, paid: 1, salesFen: 10000 }],
    ['an order placed before the consultation is not credited', [consult('b1', 'A1', at(20, 10))], [order('1', 'b1', at(20, 9), at(20, 9, 5))], { consulted: 1, ordered: 0, paid: 0, salesFen: 0 }],
    ['an order after the attribution window is not credited', [consult('b1', 'A1', at(20, 10))], [order('1', 'b1', at(21, 10, 1), at(21, 10, 2))], { consulted: 1, ordered: 0, paid: 0, salesFen: 0 }],
    ['an order never paid is ordered, not paid', [consult('b1', 'A1', at(20, 10))], [order('1', 'b1', at(20, 11), null)], { consulted: 1, ordered: 1, paid: 0, salesFen: 0 }],
    ['a buyer who asked twice and ordered twice is one buyer, both orders in the sales', [consult('b1', 'A1', at(20, 10)), consult('b1', 'A1', at(20, 15))], [order('1', 'b1', at(20, 11), at(20, 11)), order('2', 'b1', at(20, 16), at(20, 16))], { consulted: 1, ordered: 1, paid: 1, salesFen: 20000 }],
    ['an order in another shop is not this shop\'s', [consult('b1', 'A1', at(20, 10))], [order('1', 'b1', at(20, 11), at(20, 11), 10000, 'S2')], { consulted: 1, ordered: 0, paid: 0, salesFen: 0 }],
  ] as const)('%s', (_name, consults, orders, want) => {
    const [row] = conversionRates(creditOrders(consults, orders), []);
    expect(row).toMatchObject(want);
  });

  it('an order paid after midnight stays with the day of the consultation', () => {
    const rows = conversionRates(creditOrders([consult('b1', 'A1', at(20, 23, 30))], [order('1', 'b1', at(20, 23, 50), at(21, 0, 10))]), ['day']);
    expect(rows).toEqual([expect.objectContaining({ day: '2026-11-20', consulted: 1, ordered: 1, paid: 1, conversion: 1, salesFen: 10000, perBuyerFen: 10000 })]);
  });

  it('a buyer served by two agents: the order goes to the one who served them last before it; both count the buyer as consulted', () => {
    const credited = creditOrders([consult('b1', 'A1', at(20, 10)), consult('b1', 'A2', at(20, 10, 30))], [order('1', 'b1', at(20, 10, 40), at(20, 10, 41))]);
    expect(conversionRates(credited, ['agent']).map((r) => [r.agentId, r.consulted, r.ordered, r.paid])).toEqual([['A1', 1, 0, 0], ['A2', 1, 1, 1]]);
    expect(conversionRates(credited, [])[0]).toMatchObject({ consulted: 1, ordered: 1, paid: 1 });
  });

  it('uses the shop\'s attribution window', () => {
    const credited = creditOrders([consult('b1', 'A1', at(20, 10))], [order('1', 'b1', at(20, 13), at(20, 13))], () => 2 * HOUR);
    expect(conversionRates(credited, [])[0]).toMatchObject({ ordered: 0 });
  });

  it('客单价 is sales over paying buyers, 询单转化率 paying over consulting buyers', () => {
    const credited = creditOrders(
      [consult('b1', 'A1', at(20, 10)), consult('b2', 'A1', at(20, 10)), consult('b3', 'A1', at(20, 10))],
      [order('1', 'b1', at(20, 10, 5), at(20, 10, 6), 5000), order('2', 'b2', at(20, 10, 5), at(20, 10, 30 * MINUTE / MINUTE), 15000)],
    );
    expect(conversionRates(credited, [])[0]).toMatchObject({ consulted: 3, paid: 2, conversion: 2 / 3, salesFen: 20000, perBuyerFen: 10000 });
  });
});
