import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PHOTO_SYNC_MAX_BYTES, naturalId } from '@shared/domain/sync';
import type { ImportedOrder } from '@shared/domain/orderImport';
import type { Agent, Note, Phrase, Shop, Ticket } from '@shared/schemas/entities';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { createShopAndAgent } from '../repositories/agents';
import { putOne } from '../repositories/tracked';
import { importOrders } from '../orders/importOrders';
import { addRemark } from '../orders/remarks';
import { createTicket, advanceTicket, updateTicket } from '../cases/tickets';
import { createNote, saveNote } from '../notes/notes';
import { addPhoto } from '../cases/photos';
import { seedDemoShop } from '../demo';
import { createSnapshot, restoreSnapshot, validateSnapshot } from '../backup';
import { createSyncEngine, type SyncEngine } from './engine';
import { joinTeam } from './join';
import { ModelServer } from './modelServer';
import { teamView } from './view';

const T = 1_780_000_000_000;
let n = 0;
const open: Pc[] = [];

interface Pc {
  db: XiaoerDb;
  transport: ReturnType<ModelServer['transport']>;
  engine: SyncEngine;
  agent: Agent;
  shop: Shop;
  /** Runs `fn` with this PC's store as the open one. */
  on<R>(fn: () => Promise<R>): Promise<R>;
  sync(): Promise<string>;
}

async function makePc(server: ModelServer, shopName: string, employeeNo: string): Promise<Pc> {
  const db = new XiaoerDb(`sync-${++n}`);
  await db.open();
  setDbForTests(db);
  const agent = await createShopAndAgent({ shopName, platform: 'taobao', agentName: `客服${employeeNo}`, employeeNo, role: 'agent' }, T);
  const shop = (await db.shops.toArray())[0] as Shop;
  const transport = server.transport();
  const engine = createSyncEngine({ db: () => db, transport, now: () => server.now, manual: true, pageSize: 1_000 });
  const pc: Pc = {
    db, transport, engine, agent, shop,
    async on(fn) {
      setDbForTests(db);
      return fn();
    },
    sync: () => pc.on(() => engine.runOnce()),
  };
  open.push(pc);
  return pc;
}

async function team(): Promise<{ server: ModelServer; a: Pc; b: Pc }> {
  const server = new ModelServer();
  const a = await makePc(server, '小鹿童装', 'kf01');
  const b = await makePc(server, '小鹿童装二号', 'kf02');
  for (const pc of [a, b]) expect(await pc.on(() => joinTeam(pc.db, pc.transport, { serverUrl: 'http://shop.test', code: 'ABCD-EFGH-JKMN', deviceName: 'PC' }, false, T))).toMatchObject({ ok: true });
  await a.sync();
  await b.sync();
  await a.sync();
  return { server, a, b };
}

afterEach(async () => {
  for (const pc of open.splice(0)) {
    pc.engine.stop();
    await pc.db.delete();
  }
});

const ctx = (pc: Pc, dt = 0) => ({ agentId: pc.agent.id, now: T + dt });
const row = (over: Partial<ImportedOrder> = {}): ImportedOrder => ({
  row: 2, orderNo: '3123456789012345678', buyerNick: 'tb_小林', status: 'paid', totalFen: 12800, items: [{ title: '卫衣', qty: 1, price: 12800 }],
  createdAt: T - 3_600_000, paidAt: T - 3_000_000, receiver: '林女士', phone: '13812341234', address: '浙江省杭州市西湖区文三路1号', trackingNo: null, carrier: null,
  paidFen: 12800, postageFen: null, buyerNote: '', sellerMemo: '', shopName: '', ...over,
});

describe('team sync between two PCs (the client against a model of the shop server)', () => {
  it('hands each PC the other’s shop and agent when they join', async () => {
    const { a, b } = await team();
    for (const pc of [a, b]) {
      expect((await pc.db.shops.toArray()).map((s) => s.name).sort()).toEqual(['小鹿童装', '小鹿童装二号']);
      expect((await pc.db.agents.toArray()).map((x) => x.employeeNo).sort()).toEqual(['kf01', 'kf02']);
      expect(await pc.on(() => teamView(pc.db))).toMatchObject({ pending: 0, indicator: { kind: 'synced' } });
    }
  });

  it('carries a remark, an aftersale step and a team phrase from A to B, and nothing echoes back', async () => {
    const { server, a, b } = await team();
    await a.on(() => importOrders(a.shop.id, [row()], ctx(a, 10)));
    const orderId = naturalId({ table: 'orders', platform: 'taobao', shopId: a.shop.id, orderNo: '3123456789012345678' });
    await a.on(() => addRemark(orderId, '已核实地址，周五发货', 2, ctx(a, 20)));
    const ticket = await a.on(() => createTicket({ type: 'quality', orderId, buyerId: '', shopId: a.shop.id, summary: '线头多', ownerId: null }, ctx(a, 30)));
    await a.on(() => advanceTicket(ticket.id, 'verify', ctx(a, 40)));
    await a.on(() => putOne<Phrase>(a.db, 'phrases', { id: 'P-team-1', scope: 'team', ownerId: null, shopId: null, group: '招呼', title: '问候', text: '亲，在的哦', shortcut: 'zd', keywords: [], uses: 3, order: 1 }, ctx(a, 50)));
    expect(await a.sync()).toBe('synced');
    const b0 = await b.db.changes.count();
    expect(await b.sync()).toBe('synced');

    expect(await b.db.orders.get(orderId)).toMatchObject({ orderNo: '3123456789012345678', flag: 2, latestRemark: expect.stringContaining('已核实地址，周五发货') });
    expect((await b.db.remarks.where('orderId').equals(orderId).toArray()).map((r) => r.text)).toEqual(['已核实地址，周五发货']);
    expect(await b.db.tickets.get(ticket.id)).toMatchObject({ step: 'verify', summary: '线头多' });
    expect(await b.db.phrases.get('P-team-1')).toMatchObject({ text: '亲，在的哦', uses: 0 });
    // Pulled rows are applied without a log line: B has nothing to push, and pushes nothing.
    expect(await b.db.changes.count()).toBe(b0);
    const v = server.version;
    expect(await b.sync()).toBe('synced');
    expect(server.version).toBe(v);
    // The derived use count never travelled.
    expect(server.rows('phrases')[0]?.fields).not.toHaveProperty('uses');
  });

  it('keeps working offline and converges after: both edit one ticket and remark one order, nothing acknowledged is lost', async () => {
    const { server, a, b } = await team();
    await a.on(() => importOrders(a.shop.id, [row()], ctx(a, 10)));
    const orderId = naturalId({ table: 'orders', platform: 'taobao', shopId: a.shop.id, orderNo: '3123456789012345678' });
    const ticket = await a.on(() => createTicket({ type: 'quality', orderId, buyerId: '', shopId: a.shop.id, summary: '线头多', ownerId: null }, ctx(a, 20)));
    await a.sync();
    await b.sync();

    b.transport.online = false;
    await b.on(() => updateTicket(ticket.id, { summary: '线头多，买家要换货', trackingNo: 'SF1234' }, ctx(b, 100)));
    await b.on(() => addRemark(orderId, 'B：买家说周六在家', null, ctx(b, 110)));
    expect(await b.sync()).toBe('offline');
    // The ticket and the remark; the order's own line only moved its latest remark, which each PC works out.
    expect(await b.on(() => teamView(b.db))).toMatchObject({ indicator: { kind: 'offline', pending: 2 } });

    await a.on(() => advanceTicket(ticket.id, 'verify', ctx(a, 200)));
    await a.on(() => updateTicket(ticket.id, { trackingNo: 'YT9999' }, ctx(a, 210)));
    await a.on(() => addRemark(orderId, 'A：已换货登记', 3, ctx(a, 220)));
    await a.sync();
    // B, still offline, moves the case on too (from the older step): the server keeps the furthest.
    await b.on(() => advanceTicket(ticket.id, 'verify', ctx(b, 230)));

    b.transport.online = true;
    expect(await b.sync()).toBe('synced');
    await a.sync();
    for (const pc of [a, b]) {
      const t = (await pc.db.tickets.get(ticket.id)) as Ticket;
      // B's summary (only B changed it), the later write of trackingNo in server order (B's), the step both reached.
      expect([t.summary, t.trackingNo, t.step]).toEqual(['线头多，买家要换货', 'SF1234', 'verify']);
      expect((await pc.db.remarks.where('orderId').equals(orderId).toArray()).map((r) => r.text).sort()).toEqual(['A：已换货登记', 'B：买家说周六在家']);
      // The latest by its own time (a derived field each PC computes the same way).
      expect((await pc.db.orders.get(orderId))?.latestRemark).toContain('A：已换货登记');
      expect(await pc.on(() => teamView(pc.db))).toMatchObject({ pending: 0, indicator: { kind: 'synced' } });
    }
    expect(server.rows('remarks')).toHaveLength(2);
  });

  it('replays this PC’s pending edit over a pulled version: its value shows until it is pushed', async () => {
    const { a, b } = await team();
    const ticket = await a.on(async () => {
      await importOrders(a.shop.id, [row()], ctx(a, 10));
      return createTicket({ type: 'quality', orderId: naturalId({ table: 'orders', platform: 'taobao', shopId: a.shop.id, orderNo: '3123456789012345678' }), buyerId: '', shopId: a.shop.id, summary: '线头多', ownerId: null }, ctx(a, 20));
    });
    await a.sync();
    await b.sync();
    b.transport.online = false;
    await b.on(() => updateTicket(ticket.id, { summary: 'B 的说明' }, ctx(b, 100)));
    await a.on(() => updateTicket(ticket.id, { resolution: 'A 的处理' }, ctx(a, 110)));
    await a.sync();
    // B can pull but not yet push: the pull lands under B's pending edit.
    const push = b.transport.push;
    b.transport.online = true;
    b.transport.push = async () => ({ ok: true, value: { ok: false, failure: { code: 'offline', status: null, detail: 'down' } } });
    expect(await b.sync()).toBe('offline');
    expect(await b.db.tickets.get(ticket.id)).toMatchObject({ summary: 'B 的说明', resolution: 'A 的处理' });
    b.transport.push = push;
    expect(await b.sync()).toBe('synced');
    await a.sync();
    expect(await a.db.tickets.get(ticket.id)).toMatchObject({ summary: 'B 的说明', resolution: 'A 的处理' });
  });

  it('keeps both versions of a shared note edited offline on two PCs', async () => {
    const { a, b } = await team();
    const note = await a.on(() => createNote('shop', ctx(a, 10), { title: '交接要点', body: '原文' }));
    await a.sync();
    await b.sync();
    b.transport.online = false;
    await b.on(() => saveNote(note.id, { title: '交接要点', body: 'B 改的', tags: [], pinned: false }, ctx(b, 100)));
    await a.on(() => saveNote(note.id, { title: '交接要点', body: 'A 改的', tags: [], pinned: false }, ctx(a, 110)));
    await a.sync();
    b.transport.online = true;
    await b.sync();
    await a.sync();
    for (const pc of [a, b]) {
      const notes = (await pc.db.notes.toArray()) as Note[];
      expect(notes.map((x) => x.body).sort()).toEqual(['A 改的', 'B 改的']);
      expect(notes.find((x) => x.body === 'B 改的')?.conflictOf).toBe(note.id);
    }
  });

  it('makes one record per order when both PCs import the same export', async () => {
    const { server, a, b } = await team();
    await a.on(() => importOrders(a.shop.id, [row(), row({ row: 3, orderNo: '3123456789012345679', buyerNick: 'tb_阿强' })], ctx(a, 10)));
    await a.sync();
    await b.sync();
    await b.on(() => importOrders(a.shop.id, [row({ row: 9 }), row({ row: 10, orderNo: '3123456789012345679', buyerNick: 'tb_阿强' }), row({ row: 11, orderNo: '3123456789012345670' })], ctx(b, 20)));
    // B imports before it has pulled A's import too: the ids still meet on the server.
    await a.on(() => importOrders(a.shop.id, [row({ row: 4, orderNo: '3123456789012345670' })], ctx(a, 30)));
    await b.sync();
    await a.sync();
    expect(server.rows('orders')).toHaveLength(3);
    expect(server.rows('buyers')).toHaveLength(2);
    for (const pc of [a, b]) expect(await pc.db.orders.count()).toBe(3);
  });

  it('refuses to join with a demo store, with the reason', async () => {
    const server = new ModelServer();
    const db = new XiaoerDb(`sync-demo-${++n}`);
    await db.open();
    setDbForTests(db);
    await seedDemoShop(T);
    const transport = server.transport();
    const { hasDemoData } = await import('../demo');
    expect(await joinTeam(db, transport, { serverUrl: 'http://shop.test', code: 'ABCD-EFGH-JKMN', deviceName: 'PC' }, await hasDemoData(), T)).toEqual({ ok: false, problem: { code: 'demo', detail: expect.any(String) } });
    expect(transport.enrolment).toBeNull();
    expect(server.version).toBe(0);
    await db.delete();
  });

  it('restoring a backup on a team PC pushes only what is newer than the server has', async () => {
    const { server, a, b } = await team();
    const note = await a.on(() => createNote('shop', ctx(a, 10), { title: '甲', body: '第一版' }));
    const other = await a.on(() => createNote('shop', ctx(a, 20), { title: '乙', body: '第一版' }));
    await a.sync();
    const snap = await a.on(() => createSnapshot({ agentId: a.agent.id, now: T + 30, appVersion: '0.1.0' }));
    // After the backup: B makes one note newer on the server; A loses the other note outright.
    await b.sync();
    await b.on(() => saveNote(note.id, { title: '甲', body: 'B 的新版', tags: [], pinned: false }, ctx(b, 100)));
    await b.sync();
    await a.sync();
    await a.db.notes.delete(other.id);
    await a.db.shadows.delete(['notes', other.id]);
    const checked = validateSnapshot(snap.content);
    if (!checked.ok) throw new Error('backup invalid');
    const before = server.version;
    await a.on(() => restoreSnapshot(checked.value, a.db));
    expect((await a.db.notes.get(note.id))?.body).toBe('B 的新版');
    await a.sync();
    // Only the lost note went up again (and unchanged, the server wrote nothing new for it).
    expect(server.version).toBe(before);
    expect((await a.db.notes.get(other.id))?.body).toBe('第一版');
    expect(server.rows('notes').map((r) => r.fields['body']).sort()).toEqual(['B 的新版', '第一版']);
  });

  it('shows the server’s clock flag when this PC runs more than 5 minutes ahead', async () => {
    const { a } = await team();
    await a.on(() => createNote('shop', ctx(a, 3_600_000), { title: '快了一小时', body: '' }));
    await a.sync();
    const view = await a.on(() => teamView(a.db));
    expect(view.clockAheadAt).not.toBeNull();
  });

  it('pulls a first sync in pages, shows how far it got, and resumes from its cursor after a reload', async () => {
    const server = new ModelServer();
    // The team's year so far: 2,500 chat messages already on the server.
    for (let i = 1; i <= 2_500; i++) {
      const id = `M${String(i).padStart(5, '0')}`;
      server.records.set(`messages\u0000${id}`, { table: 'messages', id, fields: { conversationId: 'C1', from: 'buyer', text: `第${i}条`, at: T + i, agentId: null, updatedAt: T + i, updatedBy: 'system' }, meta: { f: {}, platformAt: null }, deletedAt: null, version: i });
    }
    server.version = 2_500;
    const pc = await makePc(server, '新电脑', 'kf09');
    const cursors: number[] = [];
    const pull = pc.transport.pull.bind(pc.transport);
    pc.transport.pull = async (cursor, limit) => {
      cursors.push(cursor);
      const answer = await pull(cursor, limit);
      // The PC loses the server (or is closed) after its first page.
      if (cursors.length === 1) pc.transport.online = false;
      return answer;
    };
    expect(await pc.on(() => joinTeam(pc.db, pc.transport, { serverUrl: 'http://shop.test', code: 'ABCD-EFGH-JKMN', deviceName: 'PC' }, false, T))).toMatchObject({ ok: true });
    expect(await pc.sync()).toBe('offline');
    expect(await pc.db.messages.count()).toBe(1_000);
    expect(await pc.on(() => teamView(pc.db))).toMatchObject({ initialPercent: 40, indicator: { kind: 'offline' } });

    // A reload: a new sync loop on the same store carries on from the cursor, not from 0.
    pc.engine.stop();
    pc.transport.online = true;
    const engine = createSyncEngine({ db: () => pc.db, transport: pc.transport, now: () => server.now, manual: true, pageSize: 1_000 });
    expect(await pc.on(() => engine.runOnce())).toBe('synced');
    engine.stop();
    // The first loop's second pull found the server gone; the new loop starts where it stopped.
    expect(cursors.slice(0, 4)).toEqual([0, 1_000, 1_000, 2_000]);
    expect(await pc.db.messages.count()).toBe(2_500);
    expect(await pc.on(() => teamView(pc.db))).toMatchObject({ initialPercent: null, pending: 0, indicator: { kind: 'synced' } });
    // Only then did the joining PC hand over its own shop.
    expect(server.rows('shops').map((r) => r.fields['name'])).toEqual(['新电脑']);
  });

  it('carries a case photo with its image to the other PC, and keeps one over the size cap on its own PC, saying so', async () => {
    const { server, a, b } = await team();
    await a.on(() => importOrders(a.shop.id, [row()], ctx(a, 5)));
    const orderId = naturalId({ table: 'orders', platform: 'taobao', shopId: a.shop.id, orderNo: '3123456789012345678' });
    const ticket = await a.on(() => createTicket({ type: 'quality', orderId, buyerId: '', shopId: a.shop.id, summary: '开线', ownerId: null }, ctx(a, 10)));
    const image = (size: number): Blob => {
      const bytes = new Uint8Array(size).map((_, i) => i % 251);
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      return new Blob([bytes], { type: 'image/png' });
    };
    const thumb = async (): Promise<Blob> => new Blob([new Uint8Array([7, 8, 9])], { type: 'image/jpeg' });
    const small = await a.on(() => addPhoto(ticket.id, image(200 * 1024), '开线.png', ctx(a, 20), thumb));
    const big = await a.on(() => addPhoto(ticket.id, image(PHOTO_SYNC_MAX_BYTES + 1), '整件.png', ctx(a, 30), thumb));
    expect(await a.sync()).toBe('synced');
    expect(await b.sync()).toBe('synced');

    const got = (await b.db.table('photos').get(small.id)) as { name: string; blob: Blob; thumb: Blob; image?: string };
    expect(got).toMatchObject({ name: '开线.png', ticketId: ticket.id, size: 200 * 1024 });
    expect(got.image).toBeUndefined();
    expect(new Uint8Array(await got.blob.arrayBuffer())).toEqual(new Uint8Array(await image(200 * 1024).arrayBuffer()));
    expect([...new Uint8Array(await got.thumb.arrayBuffer())]).toEqual([7, 8, 9]);
    // The big one stayed on A, which says why; the server and B never got it.
    expect(await b.db.table('photos').get(big.id)).toBeUndefined();
    expect(server.rows('photos').map((r) => r.id)).toEqual([small.id]);
    expect(await a.on(() => teamView(a.db))).toMatchObject({ refusals: [{ table: 'photos', id: big.id, code: 'photo_too_large' }], indicator: { kind: 'failed', reason: 'refused' } });
    expect(await a.db.table('photos').get(big.id)).toMatchObject({ name: '整件.png' });
  }, 60_000);

  it('an agent PC joining a team with accounts drops its own starter phrases for the team’s, and still says why its shop was refused', async () => {
    const server = new ModelServer();
    const boss = await makePc(server, '小鹿童装', 'kf00');
    await boss.on(() => putOne<Phrase>(boss.db, 'phrases', { id: 'P-team', scope: 'team', ownerId: null, shopId: null, group: '招呼', title: '团队欢迎语', text: '亲，欢迎光临', shortcut: 'hy', keywords: [], uses: 0, order: 1 }, ctx(boss, 5)));
    expect(await boss.on(() => joinTeam(boss.db, boss.transport, { serverUrl: 'http://shop.test', code: 'ABCD-EFGH-JKMN', deviceName: 'PC' }, false, T))).toMatchObject({ ok: true });
    expect(await boss.sync()).toBe('synced');
    const agent = await makePc(server, 'A 机', 'kf01');
    await agent.on(() => putOne<Phrase>(agent.db, 'phrases', { id: 'P-mine', scope: 'team', ownerId: null, shopId: null, group: '招呼', title: '开店时的欢迎语', text: '在的亲', shortcut: 'zd', keywords: [], uses: 0, order: 1 }, ctx(agent, 5)));
    // The server, for an agent's session: team configuration is a supervisor's (writeRights).
    const push = agent.transport.push.bind(agent.transport);
    agent.transport.push = async (mutations) => {
      const teamConfig = (m: { table: string }) => m.table === 'phrases' || m.table === 'shops' || m.table === 'agents';
      const answer = await push(mutations.filter((m) => !teamConfig(m)));
      if (!answer.ok || !answer.value.ok) return answer;
      const refused = mutations.filter(teamConfig).map((m) => ({ result: { mutationId: m.mutationId, status: 'refused' as const, code: 'supervisor_only' as const, field: null, reason: 'only a supervisor', flags: [] }, row: null }));
      return { ok: true, value: { ok: true, value: { ...answer.value.value, results: [...answer.value.value.results, ...refused] } } };
    };
    expect(await agent.on(() => joinTeam(agent.db, agent.transport, { serverUrl: 'http://shop.test', code: 'ABCD-EFGH-JKMN', deviceName: 'PC' }, false, T))).toMatchObject({ ok: true });
    await agent.sync();
    await agent.sync();

    expect((await agent.db.phrases.toArray()).map((p) => p.title)).toEqual(['团队欢迎语']);
    const seen = await agent.on(() => teamView(agent.db));
    expect(seen.refusals.map((r) => r.table).sort()).toEqual(['agents', 'shops']);
    expect(await agent.db.shops.get(agent.shop.id)).toMatchObject({ name: 'A 机' });
  }, 60_000);
});

/** A small seeded generator (mulberry32): a run's choices replay from its seed. */
function seeded(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

/** The steps a 查件 case may take without a resolution (回访 needs one). */
const STEPS: readonly Ticket['step'][] = ['soothe', 'verify', 'handle', 'track'];

describe('five PCs editing at random, online and offline (a seeded model of the client)', () => {
  it.each([7, 1_234])('converges on the server’s records with nothing acknowledged lost (seed %i)', async (seed) => {
    const pick = seeded(seed);
    const server = new ModelServer();
    const pcs: Pc[] = [];
    for (let i = 0; i < 5; i++) pcs.push(await makePc(server, `小鹿童装${i}`, `kf2${i}`));
    for (const pc of pcs) expect(await pc.on(() => joinTeam(pc.db, pc.transport, { serverUrl: 'http://shop.test', code: 'ABCD-EFGH-JKMN', deviceName: 'PC' }, false, T))).toMatchObject({ ok: true });
    const [a] = pcs as [Pc];
    await a.on(() => importOrders(a.shop.id, [row()], ctx(a, 1)));
    const orderId = naturalId({ table: 'orders', platform: 'taobao', shopId: a.shop.id, orderNo: '3123456789012345678' });
    const tickets: string[] = [];
    for (const summary of ['线头', '色差']) tickets.push((await a.on(() => createTicket({ type: 'tracking', orderId, buyerId: '', shopId: a.shop.id, summary, ownerId: null }, ctx(a, 2)))).id);
    for (const pc of [...pcs, a]) await pc.sync();

    const remarks: string[] = [];
    /** The furthest step each ticket was moved to on any PC (forward only: the server keeps it). */
    const furthest = new Map(tickets.map((id) => [id, 0]));
    for (let step = 0; step < 60; step++) {
      const pc = pcs[pick(pcs.length)] as Pc;
      const ticket = tickets[pick(tickets.length)] as string;
      const at = ctx(pc, 10 + step * 10);
      switch (pick(5)) {
        case 0:
          pc.transport.online = !pc.transport.online;
          break;
        case 1:
          await pc.on(() => updateTicket(ticket, { summary: `第${step}步改的说明` }, at));
          break;
        case 2: {
          const current = STEPS.indexOf(((await pc.db.tickets.get(ticket)) as Ticket).step);
          if (current + 1 >= STEPS.length) break;
          await pc.on(() => advanceTicket(ticket, STEPS[current + 1] as Ticket['step'], at));
          furthest.set(ticket, Math.max(furthest.get(ticket) ?? 0, current + 1));
          break;
        }
        case 3:
          remarks.push((await pc.on(() => addRemark(orderId, `第${step}步的备注`, null, at))).id);
          break;
        default:
          await pc.sync();
      }
    }
    // Quiescence: every PC back online, rounds until nothing moves.
    for (const pc of pcs) pc.transport.online = true;
    for (let round = 0; round < 3; round++) for (const pc of pcs) expect(await pc.sync()).toBe('synced');

    const onServer = new Map(server.rows('tickets').map((r) => [r.id, r.fields]));
    expect(server.rows('remarks').map((r) => r.id).sort()).toEqual([...remarks].sort());
    for (const pc of pcs) {
      for (const id of tickets) {
        const t = (await pc.db.tickets.get(id)) as Ticket;
        expect({ summary: t.summary, step: t.step, status: t.status }).toEqual({ summary: onServer.get(id)?.['summary'], step: onServer.get(id)?.['step'], status: onServer.get(id)?.['status'] });
        expect(STEPS.indexOf(t.step)).toBe(furthest.get(id));
      }
      expect((await pc.db.remarks.where('orderId').equals(orderId).primaryKeys()).sort()).toEqual([...remarks].sort());
      expect(await pc.on(() => teamView(pc.db))).toMatchObject({ pending: 0, indicator: { kind: 'synced' } });
    }
  }, 120_000);
});
