import { describe, expect, it } from 'vitest';
import type { SyncMutation } from '../../schemas/sync';
import { applyMutation, orderShopId, type ApplyInput } from './applyMutation';
import { A, B, NOW, note, order, orderId, stored, ticket } from './fixtures/records';
import type { StoredRecord } from './merge';

const shop: StoredRecord = { fields: { name: '小鹿童装', platform: 'taobao' }, meta: { f: {}, platformAt: null }, deletedAt: null, version: 1 };

const mut = (over: Partial<SyncMutation>): SyncMutation => ({ mutationId: 'm1', deviceId: A, agentId: 'ag1', table: 'tickets', id: 't1', op: 'put', fields: {}, baseVersion: 0, at: NOW, ...over });

const apply = (m: SyncMutation, current: StoredRecord | null, over: Partial<ApplyInput> = {}) =>
  applyMutation({ mutation: m, current, lookup: (table, id) => (table === 'shops' && id === 's1' ? shop : undefined), version: 9, now: NOW, copyId: 'copy-1', ...over });

describe('applying one mutation in server order', () => {
  it.each([
    {
      name: 'a new record takes the next version and is stored',
      m: mut({ fields: ticket }), current: null,
      status: 'applied', answered: 10, team: 10, written: ['t1'],
    },
    {
      name: 'an edit that changes nothing keeps the team’s version and answers version null',
      m: mut({ fields: { summary: '线头', updatedAt: NOW + 5 }, baseVersion: 3 }), current: stored(ticket, 3),
      status: 'applied', answered: null, team: 9, written: [],
    },
    {
      name: 'a note edited on two PCs stores the note and its copy, and the team moves two versions',
      m: mut({ table: 'notes', id: 'n1', fields: { body: 'PC A 的版本', pinned: true }, baseVersion: 3 }), current: stored({ ...note, body: 'PC B 的版本' }, 3, { body: { v: 7, d: B } }),
      status: 'applied', answered: 10, team: 11, written: ['n1', 'copy-1'],
    },
    {
      name: 'a refused mutation stores nothing and keeps the team’s version',
      m: mut({ fields: { ...ticket, status: 'lost' } }), current: null,
      status: 'refused', answered: undefined, team: 9, written: [],
    },
    {
      name: 'a new order finds its shop’s platform through the lookup (part of its natural id)',
      m: mut({ table: 'orders', id: orderId, fields: order, platformAt: NOW }), current: null,
      status: 'applied', answered: 10, team: 10, written: [orderId],
    },
  ] as const)('$name', ({ m, current, status, answered, team, written }) => {
    const out = apply(m, current);
    expect(out.result.status).toBe(status);
    if (out.result.status === 'applied') expect(out.result.version).toBe(answered);
    expect(out.version).toBe(team);
    expect(out.writes.map((w) => w.id)).toEqual(written);
    expect(out.result.mutationId).toBe(m.mutationId);
  });

  it('refuses an order whose shop the server does not know', () => {
    const out = apply(mut({ table: 'orders', id: orderId, fields: { ...order, shopId: 's9' }, platformAt: NOW }), null);
    expect(out.result).toMatchObject({ status: 'refused', code: 'unknown_shop', field: 'shopId' });
  });

  it('answers a denial with its own reason and runs no merge rule', () => {
    const out = apply(mut({ fields: ticket }), null, { denied: { code: 'wrong_agent', field: 'updatedBy', reason: 'updatedBy must be the signed-in agent' } });
    expect(out.result).toEqual({ mutationId: 'm1', status: 'refused', code: 'wrong_agent', field: 'updatedBy', reason: 'updatedBy must be the signed-in agent', flags: [] });
    expect(out.writes).toEqual([]);
    expect(out.at).toBe(NOW);
  });

  it('keeps the overwritten values for the conflict log', () => {
    const out = apply(mut({ fields: { summary: 'A 改的' }, baseVersion: 3 }), stored(ticket, 3, { summary: { v: 7, d: B } }));
    expect(out.conflicts).toEqual([expect.objectContaining({ field: 'summary', lostValue: '线头', winningValue: 'A 改的', rule: 'overwritten' })]);
  });

  it('clamps the edit time of a PC whose clock runs ahead and flags it', () => {
    const out = apply(mut({ fields: ticket, at: NOW + 2 * 3_600_000 }), null);
    expect(out.at).toBe(NOW);
    expect(out.result.flags).toEqual(['clock_ahead']);
  });
});

describe('the shop an order names', () => {
  it.each([
    { name: 'the mutation’s own shop', m: mut({ table: 'orders', fields: { shopId: 's2' } }), current: stored({ shopId: 's1' }, 1), shopId: 's2' },
    { name: 'else the stored order’s', m: mut({ table: 'orders', fields: { flag: 1 } }), current: stored({ shopId: 's1' }, 1), shopId: 's1' },
    { name: 'none for another table', m: mut({ fields: { shopId: 's1' } }), current: null, shopId: null },
    { name: 'none when it is not text', m: mut({ table: 'orders', fields: { shopId: 7 } }), current: null, shopId: null },
  ])('$name', ({ m, current, shopId }) => {
    expect(orderShopId(m, current)).toBe(shopId);
  });
});
