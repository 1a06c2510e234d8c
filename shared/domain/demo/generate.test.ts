import { describe, it, expect } from 'vitest';
import type { z } from 'zod';
import { Agent, Buyer, Contact, Conversation, Message, Order, OrderStatus, Product, Remark, Reminder, Review, Shop, Ticket } from '../../schemas/entities';
import type { TicketType } from '../../schemas/entities';
import { DAY, MINUTE, startOfShanghaiDay } from '../../lib/time';
import { CATALOGUE } from './content/catalogue';
import { generateDemoShop } from './generate';
import type { DemoStore } from './types';

const NOW = Date.UTC(2025, 4, 12, 6, 0); // 14:00 in Shanghai
const store = generateDemoShop({ seed: 1, now: NOW });

const SCHEMAS: { [K in keyof DemoStore]: z.ZodType } = {
  shops: Shop, agents: Agent, buyers: Buyer, products: Product, orders: Order, remarks: Remark,
  conversations: Conversation, messages: Message, reminders: Reminder, tickets: Ticket, reviews: Review, contacts: Contact,
};
const tables = Object.keys(SCHEMAS) as (keyof DemoStore)[];
const allRecords = tables.flatMap((t) => store[t] as readonly { id: string; updatedAt: number; updatedBy: string; deletedAt: number | null }[]);

describe('generateDemoShop determinism', () => {
  it.each([1, 2024, 0xdeadbeef])('seed %s with the same now gives deep-equal output', (seed) => {
    expect(generateDemoShop({ seed, now: NOW })).toEqual(generateDemoShop({ seed, now: NOW }));
  });

  it('a different seed gives different buyers and orders', () => {
    const other = generateDemoShop({ seed: 2, now: NOW });
    expect(other.buyers.map((b) => b.nick)).not.toEqual(store.buyers.map((b) => b.nick));
    expect(other.orders.map((o) => o.orderNo)).not.toEqual(store.orders.map((o) => o.orderNo));
  });

  it('the same seed a day later places all activity a day later', () => {
    const later = generateDemoShop({ seed: 1, now: NOW + DAY });
    expect(later.orders.map((o) => o.createdAt - DAY)).toEqual(store.orders.map((o) => o.createdAt));
  });
});

describe('generateDemoShop records', () => {
  it.each(tables)('every %s record parses with its entity schema', (table) => {
    for (const record of store[table]) expect(SCHEMAS[table].parse(record)).toEqual(record);
  });

  it('every id is unique across the whole store', () => {
    expect(new Set(allRecords.map((r) => r.id)).size).toBe(allRecords.length);
  });

  it('every record is live, stamped now (a sent 催付 reminder: at its send time), by a demo agent or the system', () => {
    const agentIds = new Set(store.agents.map((a) => a.id));
    for (const r of allRecords) {
      expect(r.deletedAt).toBeNull();
      const sent = 'kind' in r && r.kind === 'payment' && 'state' in r && r.state === 'done';
      expect(r.updatedAt).toBe(sent ? (r as unknown as { dueAt: number }).dueAt : NOW);
      expect(r.updatedBy === 'system' || agentIds.has(r.updatedBy)).toBe(true);
    }
  });

  it.each([
    { name: 'two shops on different platforms, both marked demo', check: () => store.shops.length === 2 && new Set(store.shops.map((s) => s.platform)).size === 2 && store.shops.every((s) => s.demo) },
    { name: 'two agents and one supervisor, each with a 工号', check: () => store.agents.filter((a) => a.role === 'agent').length === 2 && store.agents.filter((a) => a.role === 'supervisor').length === 1 && store.agents.every((a) => a.employeeNo.length > 0) },
    { name: 'about 60 buyers across both shops', check: () => store.buyers.length === 60 && store.shops.every((s) => store.buyers.some((b) => b.shopId === s.id)) },
    { name: 'the whole catalogue of 12 products, with SKUs and FAQs', check: () => store.products.length === CATALOGUE.length && CATALOGUE.length === 12 && store.products.every((p) => p.skus.length > 0 && p.faqs.length > 0) },
    { name: '300 orders in every status', check: () => store.orders.length === 300 && OrderStatus.options.every((s) => store.orders.some((o) => o.status === s)) },
    { name: 'about 40 conversations in both stages', check: () => store.conversations.length === 40 && store.conversations.some((c) => c.stage === 'presale') && store.conversations.some((c) => c.stage === 'aftersale') },
    { name: 'aftersale tickets of every listed type', check: () => (['tracking', 'missing_item', 'wrong_item', 'quality', 'return_7day', 'refund', 'lost_parcel'] satisfies TicketType[]).every((t) => store.tickets.some((x) => x.type === t)) },
    { name: 'at least 5 中差评 covering every cause, mood included', check: () => store.reviews.length >= 5 && ['quality', 'service', 'shipping', 'mood', 'malicious'].every((c) => store.reviews.some((r) => r.cause === c)) },
    { name: 'remarks signed by demo agents', check: () => store.remarks.length >= 30 && store.remarks.every((r) => store.agents.some((a) => a.id === r.agentId && a.name === r.agentName)) },
  ])('$name', ({ check }) => {
    expect(check()).toBe(true);
  });
});

describe('generateDemoShop domain facts', () => {
  const buyerById = new Map(store.buyers.map((b) => [b.id, b]));
  const orderById = new Map(store.orders.map((o) => [o.id, o]));

  it('buyer nicks are unique within each shop', () => {
    const keys = store.buyers.map((b) => `${b.shopId}/${b.nick}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('phones and addresses are masked in lists and complete only in contactSecret', () => {
    for (const b of store.buyers) {
      expect(b.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
      expect(b.contactSecret?.phone).toMatch(/^1\d{10}$/);
      expect(b.phoneMasked.slice(-4)).toBe(b.contactSecret?.phone.slice(-4));
      expect(b.addressMasked.endsWith('****')).toBe(true);
      expect(b.contactSecret?.address.startsWith(b.addressMasked.slice(0, -4))).toBe(true);
    }
  });

  it('orders belong to a buyer of the same shop and sum their items in fen', () => {
    for (const o of store.orders) {
      expect(buyerById.get(o.buyerId)?.shopId).toBe(o.shopId);
      expect(o.orderNo).toMatch(/^\d{19}$/);
      expect(o.totalFen).toBe(o.items.reduce((s, i) => s + i.price * i.qty, 0));
      expect(Number.isInteger(o.totalFen)).toBe(true);
    }
    expect(new Set(store.orders.map((o) => o.orderNo)).size).toBe(store.orders.length);
  });

  it('orders were created over the last 30 days and nothing happened after now', () => {
    for (const o of store.orders) {
      expect(o.createdAt).toBeGreaterThan(NOW - 30 * DAY - 1);
      expect(o.createdAt).toBeLessThanOrEqual(NOW);
      if (o.paidAt !== null) expect(o.paidAt).toBeLessThanOrEqual(NOW);
    }
    for (const m of store.messages) expect(m.at).toBeLessThanOrEqual(NOW);
    for (const r of store.remarks) expect(r.at).toBeLessThanOrEqual(NOW);
    for (const r of store.reviews) expect(r.postedAt).toBeLessThanOrEqual(NOW);
  });

  it.each([
    { status: 'unpaid', paid: false, parcel: false },
    { status: 'paid', paid: true, parcel: false },
    { status: 'shipped', paid: true, parcel: true },
    { status: 'delivered', paid: true, parcel: true },
    { status: 'completed', paid: true, parcel: true },
  ])('$status orders: paid $paid, tracking number $parcel', ({ status, paid, parcel }) => {
    for (const o of store.orders.filter((x) => x.status === status)) {
      expect(o.paidAt !== null).toBe(paid);
      expect(o.trackingNo !== null && o.carrier !== null).toBe(parcel);
    }
  });

  it('unpaid orders are younger than the 24-hour auto-close, several from the last hours', () => {
    const unpaid = store.orders.filter((o) => o.status === 'unpaid');
    expect(unpaid.every((o) => NOW - o.createdAt < DAY)).toBe(true);
    expect(unpaid.filter((o) => NOW - o.createdAt < 5 * 60 * MINUTE).length).toBeGreaterThanOrEqual(8);
  });

  it('payment reminders are sent history only, signed by chat agents: unpaid orders, and orders paid after the reminder', () => {
    const payments = store.reminders.filter((r) => r.kind === 'payment');
    const chatAgents = new Set(store.agents.filter((a) => a.role === 'agent').map((a) => a.id));
    expect(payments.filter((r) => orderById.get(r.subjectId)?.status === 'unpaid').length).toBeGreaterThan(3);
    expect(payments.filter((r) => orderById.get(r.subjectId)?.paidAt != null).length).toBeGreaterThan(3);
    for (const r of payments) {
      const o = orderById.get(r.subjectId);
      expect(r.state).toBe('done');
      expect(chatAgents.has(r.updatedBy)).toBe(true);
      expect(r.updatedAt).toBeLessThanOrEqual(NOW);
      expect(r.updatedAt).toBeGreaterThanOrEqual((o?.createdAt ?? Infinity) + 10 * MINUTE);
      if (o?.status !== 'unpaid') expect(r.updatedAt).toBeLessThan(o?.paidAt ?? -Infinity);
    }
  });

  it('eight buyers are waiting right now, from 0 to 6 minutes, on both sides of 3 minutes', () => {
    const waits = store.conversations.filter((c) => c.status === 'waiting').map((c) => NOW - c.lastBuyerAt);
    expect(waits).toHaveLength(8);
    expect(waits.every((w) => w >= 0 && w <= 6 * MINUTE)).toBe(true);
    expect(waits.some((w) => w < 3 * MINUTE) && waits.some((w) => w > 3 * MINUTE)).toBe(true);
  });

  it('a waiting chat ends on an unanswered buyer message; an answered one on an agent reply', () => {
    for (const c of store.conversations) {
      const own = store.messages.filter((m) => m.conversationId === c.id && m.from !== 'auto');
      const last = own[own.length - 1];
      expect(last?.from).toBe(c.status === 'waiting' ? 'buyer' : 'agent');
      const lastBuyer = own.filter((m) => m.from === 'buyer').at(-1);
      expect(lastBuyer?.at).toBe(c.lastBuyerAt);
      expect(c.firstReplyAt).toBe(own.find((m) => m.from === 'agent')?.at ?? null);
    }
  });

  it('a 心情 review is contacted the next day, not the day it was posted', () => {
    const mood = store.reviews.find((r) => r.cause === 'mood');
    expect(mood && startOfShanghaiDay(mood.nextContactAt)).toBe(mood && startOfShanghaiDay(mood.postedAt) + DAY);
  });

  it('some aftersale cases are overdue now and some are not yet due', () => {
    const open = store.tickets.filter((t) => t.status === 'open');
    expect(open.some((t) => t.dueAt <= NOW)).toBe(true);
    expect(open.some((t) => t.dueAt > NOW)).toBe(true);
    for (const t of store.tickets) expect(orderById.get(t.orderId ?? '')?.buyerId).toBe(t.buyerId);
  });

  it('agent replies and product texts avoid absolute promises and 极限词', () => {
    const banned = /最|第一|顶级|唯一|国家级|肯定|保证|绝对|100%/;
    const texts = [
      ...store.messages.filter((m) => m.from !== 'buyer').map((m) => m.text),
      ...store.products.flatMap((p) => [...p.sellingPoints, ...p.faqs.map((f) => f.a)]),
    ];
    expect(texts.filter((t) => banned.test(t))).toEqual([]);
  });
});
