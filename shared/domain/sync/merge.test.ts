import { describe, expect, it } from 'vitest';
import type { SyncMutation } from '../../schemas/sync';
import { A, B, NOW, note, order, orderId, remark, stored, ticket } from './fixtures/records';
import { mergeMutation, type Fields, type MergeInput, type MergeOutcome, type StoredRecord } from './merge';
import { naturalId } from './naturalId';

let seq = 0;
function mut(over: Partial<SyncMutation>): SyncMutation {
  seq += 1;
  return { mutationId: `m${seq}`, deviceId: A, agentId: 'ag1', table: 'tickets', id: 't1', op: 'put', fields: {}, baseVersion: 0, at: NOW, ...over };
}

function merge(m: SyncMutation, current: StoredRecord | null, over: Partial<MergeInput> = {}): MergeOutcome {
  return mergeMutation({ mutation: m, current, now: NOW, version: 10, shopPlatform: 'taobao', copyId: 'copy-1', ...over });
}

function expectApplied(o: MergeOutcome): Extract<MergeOutcome, { kind: 'applied' }> {
  if (o.kind !== 'applied') throw new Error(`refused: ${o.code} ${o.field} ${o.reason}`);
  return o;
}

describe('merging a mutation into the server’s record', () => {
  describe('whatever the kind', () => {
    it('creates a new record with every field stamped with the new version and device', () => {
      const o = expectApplied(merge(mut({ fields: ticket }), null));
      expect(o.next?.fields).toEqual(ticket);
      expect(o.next?.version).toBe(10);
      expect(o.next?.meta.f.status).toEqual({ v: 10, d: A });
    });

    it('refuses a table that is not synced', () => {
      expect(merge(mut({ table: 'changes' }), null)).toMatchObject({ kind: 'refused', code: 'unknown_table' });
    });

    it('refuses fields that do not fit the table’s schema, naming the field', () => {
      expect(merge(mut({ fields: { ...ticket, status: 'lost' } }), null)).toMatchObject({ kind: 'refused', code: 'invalid', field: 'status' });
    });

    it('refuses a new record that lacks a required field', () => {
      const { summary: _drop, ...partial } = ticket;
      expect(merge(mut({ fields: partial }), null)).toMatchObject({ kind: 'refused', code: 'invalid', field: 'summary' });
    });

    it('takes only the changed fields of an existing record', () => {
      const o = expectApplied(merge(mut({ fields: { summary: '改了' }, baseVersion: 3 }), stored(ticket, 3)));
      expect(o.next?.fields).toEqual({ ...ticket, summary: '改了' });
      expect(o.next?.meta.f.summary).toEqual({ v: 10, d: A });
      expect(o.next?.meta.f.status).toEqual({ v: 3, d: A });
    });

    it('keeps fields it does not know yet, so a newer PC can add optional fields', () => {
      expect(expectApplied(merge(mut({ fields: { summary: 'x', futureField: 1 }, baseVersion: 3 }), stored(ticket, 3))).next?.fields.futureField).toBe(1);
    });

    it('changes nothing (no new version) when the values are already so', () => {
      expect(expectApplied(merge(mut({ fields: { summary: ticket.summary, updatedAt: NOW + 5 }, baseVersion: 3 }), stored(ticket, 3))).next).toBeNull();
    });

    it('refuses a put on a tombstone: deletes win', () => {
      expect(merge(mut({ fields: { summary: '复活' }, baseVersion: 3 }), stored(ticket, 3, {}, { deletedAt: NOW - 1 }))).toMatchObject({ kind: 'refused', code: 'deleted' });
    });

    it('tombstones a record on delete with the server’s time, not the PC’s', () => {
      const o = expectApplied(merge(mut({ op: 'delete', at: NOW - 99_000 }), stored(ticket, 3)));
      expect(o.next).toMatchObject({ deletedAt: NOW, version: 10, fields: ticket });
    });

    it('answers a delete of a tombstone as applied without a new version', () => {
      expect(expectApplied(merge(mut({ op: 'delete' }), stored(ticket, 3, {}, { deletedAt: NOW - 1 }))).next).toBeNull();
    });

    it('refuses to delete a record the server never had', () => {
      expect(merge(mut({ op: 'delete' }), null)).toMatchObject({ kind: 'refused', code: 'not_found' });
    });

    it('refuses a delete spelled as a deletedAt field', () => {
      expect(merge(mut({ fields: { deletedAt: NOW }, baseVersion: 3 }), stored(ticket, 3))).toMatchObject({ kind: 'refused', code: 'invalid', field: 'deletedAt' });
    });
  });

  describe('a PC clock running ahead', () => {
    it('clamps a record’s updatedAt more than 5 minutes ahead of the server and flags it', () => {
      const o = expectApplied(merge(mut({ fields: { summary: 'x', updatedAt: NOW + 2 * 3_600_000 }, at: NOW + 2 * 3_600_000, baseVersion: 3 }), stored(ticket, 3)));
      expect(o.next?.fields.updatedAt).toBe(NOW);
      expect(o.flags).toEqual(['clock_ahead']);
    });

    it('believes a clock less than 5 minutes ahead', () => {
      const o = expectApplied(merge(mut({ fields: { summary: 'x', updatedAt: NOW + 60_000 }, baseVersion: 3 }), stored(ticket, 3)));
      expect(o.next?.fields.updatedAt).toBe(NOW + 60_000);
      expect(o.flags).toEqual([]);
    });

    it('does not let a skewed clock order writes: the later server write wins even with an older PC time', () => {
      const o = expectApplied(merge(mut({ fields: { summary: '后到' }, at: NOW - 3_600_000, baseVersion: 3 }), stored({ ...ticket, summary: '先到' }, 3, { summary: { v: 5, d: B } })));
      expect(o.next?.fields.summary).toBe('后到');
    });
  });

  describe('append-only records (remarks, messages, contacts…)', () => {
    it('adds a new remark', () => {
      expect(expectApplied(merge(mut({ table: 'remarks', id: 'r1', fields: remark }), null)).next?.fields).toEqual(remark);
    });

    it('answers the same remark sent twice as applied without a new version (set union by id)', () => {
      expect(expectApplied(merge(mut({ table: 'remarks', id: 'r1', fields: remark }), stored(remark, 4))).next).toBeNull();
    });

    it('refuses an edit of an existing remark: a correction is a new remark', () => {
      expect(merge(mut({ table: 'remarks', id: 'r1', fields: { text: '改写' }, baseVersion: 4 }), stored(remark, 4))).toMatchObject({ kind: 'refused', code: 'append_only', field: 'text' });
    });

    it('lets the author retract their remark', () => {
      expect(expectApplied(merge(mut({ table: 'remarks', id: 'r1', op: 'delete' }), stored(remark, 4))).next?.deletedAt).toBe(NOW);
    });

    it('refuses another agent retracting a remark (the server re-checks the author)', () => {
      expect(merge(mut({ table: 'remarks', id: 'r1', op: 'delete', agentId: 'ag2' }), stored(remark, 4))).toMatchObject({ kind: 'refused', code: 'not_author', field: 'agentId' });
    });
  });

  describe('workflow records (tickets, reviews, reminders, promises, conversations, handovers)', () => {
    it('overwrites a field changed since the PC’s base version and logs the lost value', () => {
      const current = stored({ ...ticket, summary: 'B 写的' }, 3, { summary: { v: 6, d: B } });
      const o = expectApplied(merge(mut({ fields: { summary: 'A 写的' }, baseVersion: 3 }), current));
      expect(o.next?.fields.summary).toBe('A 写的');
      expect(o.conflicts).toEqual([{ field: 'summary', lostValue: 'B 写的', winningValue: 'A 写的', lostVersion: 6, winningVersion: 10, lostDevice: B, winningDevice: A, rule: 'overwritten' }]);
    });

    it('logs no conflict when the PC had seen the value it overwrites', () => {
      expect(expectApplied(merge(mut({ fields: { summary: 'A 写的' }, baseVersion: 6 }), stored(ticket, 3, { summary: { v: 6, d: B } }))).conflicts).toEqual([]);
    });

    it('logs no conflict when the field was last written by the same PC after its base', () => {
      expect(expectApplied(merge(mut({ fields: { summary: 'A 又改' }, baseVersion: 3 }), stored(ticket, 3, { summary: { v: 6, d: A } }))).conflicts).toEqual([]);
    });

    it('logs no conflict for bookkeeping fields (updatedAt, updatedBy) that every write changes', () => {
      const o = expectApplied(merge(mut({ fields: { summary: 'x', updatedAt: NOW + 1 }, baseVersion: 3 }), stored(ticket, 3, { updatedAt: { v: 6, d: B } })));
      expect(o.conflicts).toEqual([]);
    });

    it('merges different fields edited on two PCs without a conflict', () => {
      const current = stored({ ...ticket, trackingNo: 'SF1' }, 3, { trackingNo: { v: 6, d: B } });
      const o = expectApplied(merge(mut({ fields: { resolution: '补发' }, baseVersion: 3 }), current));
      expect(o.next?.fields).toMatchObject({ trackingNo: 'SF1', resolution: '补发' });
      expect(o.conflicts).toEqual([]);
    });

    it.each([
      ['a ticket back from resolved to open', 'tickets', ticket, { status: 'resolved' }, { status: 'open' }],
      ['a ticket a step back', 'tickets', ticket, { step: 'track' }, { step: 'verify' }],
      ['a review from negotiating back to contacting', 'reviews', null, { status: 'negotiating' }, { status: 'contacting' }],
      ['a reminder from done back to due', 'reminders', null, { state: 'done' }, { state: 'due' }],
      ['a promise from kept back to open', 'promises', null, { state: 'kept' }, { state: 'open' }],
      ['a conversation of the same round from answered back to waiting', 'conversations', null, { status: 'answered', lastBuyerAt: 100 }, { status: 'waiting' }],
      ['a conversation back to an older round', 'conversations', null, { status: 'waiting', lastBuyerAt: 200 }, { status: 'answered', lastBuyerAt: 100 }],
      ['a signed-in handover back to draft', 'handovers', null, { signedOutAt: 1, signedInAt: 2 }, { signedInAt: null, signedOutAt: null }],
    ])('does not move %s: the status only moves forward, and the attempt is logged', (_name, table, base, server, attempt) => {
      const current = stored({ ...(base ?? {}), ...server }, 3, Object.fromEntries(Object.keys(server).map((k) => [k, { v: 6, d: B }])));
      const o = expectApplied(merge(mut({ table, fields: attempt as Fields, baseVersion: 3 }), current));
      expect(o.next).toBeNull();
      expect(o.superseded.map((s) => s.rule)).toEqual(Object.keys(attempt).map(() => 'status_forward_only'));
      expect(o.conflicts[0]).toMatchObject({ rule: 'status_forward_only', lostDevice: A, winningDevice: B, winningVersion: 6 });
    });

    it.each([
      ['a ticket from open to resolved', 'tickets', { status: 'open' }, { status: 'resolved' }],
      ['a review between two final outcomes (LWW decides)', 'reviews', { status: 'explained' }, { status: 'modified' }],
      ['a conversation to waiting in a newer round', 'conversations', { status: 'closed', lastBuyerAt: 100 }, { status: 'waiting', lastBuyerAt: 300 }],
      ['a handover signed out again (a new sign-out time)', 'handovers', { signedOutAt: 1, signedInAt: null }, { signedOutAt: 5 }],
    ])('moves %s', (_name, table, server, attempt) => {
      const o = expectApplied(merge(mut({ table, fields: attempt as Fields, baseVersion: 3 }), stored(server, 3)));
      expect(o.next?.fields).toMatchObject(attempt);
    });

    it('still applies the other fields of an edit whose status went backwards', () => {
      const o = expectApplied(merge(mut({ fields: { status: 'open', summary: '补充说明' }, baseVersion: 3 }), stored({ ...ticket, status: 'resolved' }, 3, { status: { v: 6, d: B } })));
      expect(o.next?.fields).toMatchObject({ status: 'resolved', summary: '补充说明' });
    });
  });

  describe('platform facts (orders, buyers, products)', () => {
    const create = (over: Partial<SyncMutation> = {}) => mut({ table: 'orders', id: orderId, fields: order, platformAt: NOW - 10_000, ...over });

    it('creates an order whose id is the natural id of platform, shop and 订单编号', () => {
      expect(expectApplied(merge(create(), null)).next?.meta.platformAt).toBe(NOW - 10_000);
    });

    it('refuses an order whose id is not its natural id', () => {
      expect(merge(create({ id: '01JAAAAAAAAAAAAAAAAAAAAAAA' }), null)).toMatchObject({ kind: 'refused', code: 'natural_key' });
    });

    it('refuses an order of a shop the server does not know (its platform is part of the id)', () => {
      expect(merge(create(), null, { shopPlatform: null })).toMatchObject({ kind: 'refused', code: 'unknown_shop', field: 'shopId' });
    });

    it('refuses platform fields without the platform’s time', () => {
      expect(merge(create({ platformAt: undefined }), null)).toMatchObject({ kind: 'refused', code: 'platform_time_missing' });
    });

    it('refuses a change of a natural key field', () => {
      expect(merge(create({ fields: { orderNo: '4012345678901234568' }, baseVersion: 3 }), stored(order, 3))).toMatchObject({ kind: 'refused', code: 'natural_key', field: 'orderNo' });
    });

    it('lets the newer platform time win whatever order the PCs report in', () => {
      const current = { ...stored({ ...order, status: 'shipped' }, 3), meta: { f: {}, platformAt: NOW - 1000 } };
      const o = expectApplied(merge(create({ fields: { status: 'paid' }, platformAt: NOW - 5000, baseVersion: 3 }), current));
      expect(o.next).toBeNull();
      expect(o.superseded).toEqual([{ field: 'status', rule: 'older_platform_time' }]);
    });

    it('takes a newer platform fact', () => {
      const current = { ...stored(order, 3), meta: { f: {}, platformAt: NOW - 5000 } };
      const o = expectApplied(merge(create({ fields: { status: 'paid' }, platformAt: NOW - 1000, baseVersion: 3 }), current));
      expect(o.next?.fields.status).toBe('paid');
      expect(o.next?.meta.platformAt).toBe(NOW - 1000);
    });

    it('keeps an agent’s fields (flag) per-field LWW beside an older platform fact', () => {
      const current = { ...stored(order, 3), meta: { f: {}, platformAt: NOW - 1000 } };
      const o = expectApplied(merge(create({ fields: { flag: 3, status: 'closed' }, platformAt: NOW - 5000, baseVersion: 3 }), current));
      expect(o.next?.fields).toMatchObject({ flag: 3, status: 'unpaid' });
    });

    it('never syncs a derived field (latestRemark): it is dropped and said so', () => {
      const o = expectApplied(merge(create({ fields: { ...order, latestRemark: '#已核实' } }), null));
      expect(o.next?.fields).not.toHaveProperty('latestRemark');
      expect(o.superseded).toEqual([{ field: 'latestRemark', rule: 'derived' }]);
    });

    it('makes a buyer’s id from shop and nick', () => {
      const buyer = { updatedAt: NOW, updatedBy: 'ag1', shopId: 's1', nick: 'tb_小明', tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '' };
      const id = naturalId({ table: 'buyers', shopId: 's1', nick: 'tb_小明' });
      expect(expectApplied(merge(mut({ table: 'buyers', id, fields: buyer, platformAt: NOW }), null)).next).not.toBeNull();
      expect(merge(mut({ table: 'buyers', id: 'b-other', fields: buyer, platformAt: NOW }), null)).toMatchObject({ kind: 'refused', code: 'natural_key' });
    });
  });

  describe('team config and settings', () => {
    const phrase = { updatedAt: NOW, updatedBy: 'ag1', scope: 'team', ownerId: null, shopId: null, group: '招呼', title: '问候', text: '您好', shortcut: 'nh', keywords: [], order: 1 };

    it('takes a team phrase per-field LWW from anyone, without its derived use count', () => {
      const o = expectApplied(merge(mut({ table: 'phrases', id: 'p1', fields: { ...phrase, uses: 7 }, agentId: 'ag2' }), null));
      expect(o.next?.fields).not.toHaveProperty('uses');
    });

    it('refuses a per-PC setting: it never leaves the PC', () => {
      expect(merge(mut({ table: 'settings', id: 'ui.density', fields: { value: 'compact', updatedAt: NOW, updatedBy: 'ag1' } }), null)).toMatchObject({ kind: 'refused', code: 'not_synced' });
    });

    it('takes a team setting', () => {
      expect(expectApplied(merge(mut({ table: 'settings', id: 'team/payments', fields: { value: { cap: 3 }, updatedAt: NOW, updatedBy: 'ag1' } }), null)).next).not.toBeNull();
    });

    it('refuses another agent’s personal setting', () => {
      expect(merge(mut({ table: 'settings', id: 'agent/ag1/sound', fields: { value: 1, updatedAt: NOW, updatedBy: 'ag2' }, agentId: 'ag2' }), null)).toMatchObject({ kind: 'refused', code: 'not_owner' });
    });
  });

  describe('personal records (notes, personal phrases)', () => {
    it('refuses another agent editing a personal note', () => {
      expect(merge(mut({ table: 'notes', id: 'n1', fields: { body: '偷改' }, agentId: 'ag2', baseVersion: 3 }), stored(note, 3))).toMatchObject({ kind: 'refused', code: 'not_owner', field: 'ownerId' });
    });

    it('refuses giving a note away to another owner', () => {
      expect(merge(mut({ table: 'notes', id: 'n1', fields: { ownerId: 'ag2' }, baseVersion: 3 }), stored(note, 3))).toMatchObject({ kind: 'refused', code: 'not_owner' });
    });

    it('refuses creating a note in another agent’s name', () => {
      expect(merge(mut({ table: 'notes', id: 'n1', fields: note, agentId: 'ag2' }), null)).toMatchObject({ kind: 'refused', code: 'not_owner' });
    });

    it('makes no conflict copy of a PC’s own later text: a resend against the old base is the same agent typing on', () => {
      const current = stored({ ...note, body: 'A 先写的' }, 3, { body: { v: 7, d: A } });
      const o = expectApplied(merge(mut({ table: 'notes', id: 'n1', fields: { body: 'A 先写的，又补了一句' }, baseVersion: 3 }), current));
      expect(o.copy).toBeNull();
      expect(o.next?.fields.body).toBe('A 先写的，又补了一句');
      expect(o.conflicts).toEqual([]);
    });

    it('keeps both versions of a note edited offline on two PCs: the later one becomes a conflict copy', () => {
      const current = stored({ ...note, body: 'PC B 的版本' }, 3, { body: { v: 7, d: B } });
      const o = expectApplied(merge(mut({ table: 'notes', id: 'n1', fields: { body: 'PC A 的版本', title: '周报（改）', pinned: true }, baseVersion: 3 }), current));
      expect(o.next?.fields).toMatchObject({ body: 'PC B 的版本', title: '周报', pinned: true });
      expect(o.copy).toEqual({ id: 'copy-1', record: expect.objectContaining({ version: 11, fields: { ...note, body: 'PC A 的版本', title: '周报（改）', pinned: true, conflictOf: 'n1' } }) });
      expect(o.superseded).toEqual([
        { field: 'title', rule: 'conflict_copy' },
        { field: 'body', rule: 'conflict_copy' },
      ]);
      expect(o.conflicts).toEqual([expect.objectContaining({ field: 'body', lostValue: 'PC A 的版本', winningValue: 'PC B 的版本', rule: 'conflict_copy' })]);
    });

    it('edits a note in place when nobody else changed its text since', () => {
      const o = expectApplied(merge(mut({ table: 'notes', id: 'n1', fields: { body: '新' }, baseVersion: 7 }), stored(note, 3, { body: { v: 7, d: B } })));
      expect(o.copy).toBeNull();
      expect(o.next?.fields.body).toBe('新');
    });
  });
});
