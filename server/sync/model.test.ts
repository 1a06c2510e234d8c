import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naturalId } from '@shared/domain/sync';
import { createRng, type Rng } from '@shared/fixtures/demo/rng';
import type { RunningServer } from '../main';
import { enrolPc, serve, syncApi } from '../test/http';
import { checkAcknowledged, type ConflictRow, type ServerRecord } from '../test/oracle';
import { testDatabase, type TestDatabase } from '../test/pg';
import { noteFields, remarkFields, shopFields, ticketFields } from '../test/records';
import { SimPc } from '../test/simPc';

/**
 * The randomised model test (DESIGN.md §5): six simulated PCs edit the same records while
 * going offline at random, the server restarts, pushes are sent twice or their answers lost,
 * and one PC's clock runs two hours ahead. After everyone syncs, every PC must hold exactly
 * what the server holds, and every acknowledged write must be on the server or superseded by
 * its merge rule (server/test/oracle.ts). A fixed seed runs always, plus a random one that
 * is printed; SYNC_MODEL_SEED=<n> replays it (the choices replay; the interleaving of
 * concurrent pushes is the machine's).
 */
const FIXED_SEED = 20_250_601;
const randomSeed = process.env.SYNC_MODEL_SEED ? Number(process.env.SYNC_MODEL_SEED) : Math.floor(Math.random() * 2 ** 31);

let db: TestDatabase;
let server: RunningServer;
const url = () => server.url;

beforeAll(async () => {
  db = await testDatabase();
  server = await serve(db);
});
afterAll(async () => {
  await server.close();
  await db.pool.end();
});

const TICKET_STATUS = ['open', 'resolved', 'closed'];
const TICKET_STEP = ['soothe', 'verify', 'handle', 'track', 'revisit'];
const ORDER_STATUS = ['unpaid', 'paid', 'shipped', 'delivered', 'completed'];
const HOUR = 3_600_000;

async function runModel(seed: number, team: string): Promise<{ tally: Record<string, number>; conflicts: number; restarts: number }> {
  // Two streams: the schedule (who is online, who syncs how, restarts) replays exactly; the
  // edits depend on what each PC has seen, which depends on how concurrent pushes interleaved.
  const plan = createRng(seed);
  const rng = createRng(seed ^ 0x5bd1e995);
  // ag1 works on two PCs (so their notes collide); the last PC's clock is two hours ahead.
  const agents = ['ag1', 'ag1', 'ag2', 'ag3', 'ag4', 'ag5'];
  const pcs: SimPc[] = [];
  for (const [i, agent] of agents.entries()) {
    const pc = await enrolPc(url, db, team);
    pcs.push(new SimPc(`${team}-pc${i}`, pc, syncApi(url, pc), agent, i === agents.length - 1 ? 2 * HOUR : 0));
  }
  const [first] = pcs as [SimPc];
  first.edit('shops', 's1', 'put', shopFields('taobao'));
  await first.sync();

  const ids = { tickets: ['t0', 't1', 't2', 't3'], notes: ['n0', 'n1'], orders: ['4000000000000000001', '4000000000000000002'], remarks: [] as string[] };
  let remarkSeq = 0;
  let pushes = 0;
  let restarts = 0;
  const platformBase = Date.now() - HOUR;

  const randomEdit = (pc: SimPc, r: Rng) => {
    // ag1's two PCs write its notes most (they collide); the others mostly get refused there.
    const kind = r.weighted([['ticket', 5], ['note', pc.agentId === 'ag1' ? 4 : 1], ['remark', 2], ['retract', 1], ['order', 2], ['shop', 1], ['delete', 0.3]] as const);
    if (kind === 'ticket') {
      const id = r.pick(ids.tickets);
      if (!pc.view('tickets', id)) return pc.edit('tickets', id, 'put', ticketFields());
      const change = r.pick(['summary', 'status', 'step', 'resolution'] as const);
      const value = change === 'status' ? r.pick(TICKET_STATUS) : change === 'step' ? r.pick(TICKET_STEP) : `${pc.name} ${change} ${r.int(0, 99)}`;
      return pc.edit('tickets', id, 'put', { [change]: value });
    }
    if (kind === 'note') {
      const id = r.pick(ids.notes);
      if (!pc.view('notes', id)) return pc.edit('notes', id, 'put', noteFields('ag1', { body: `${pc.name} 起草` }));
      return pc.edit('notes', id, 'put', r.chance(0.7) ? { body: `${pc.name} 改 ${r.int(0, 999)}` } : { pinned: r.chance(0.5) });
    }
    if (kind === 'remark') {
      remarkSeq += 1;
      const id = `${pc.name}-r${remarkSeq}`;
      ids.remarks.push(id);
      return pc.edit('remarks', id, 'put', remarkFields(pc.agentId, { text: `备注 ${remarkSeq}` }));
    }
    if (kind === 'retract' && ids.remarks.length > 0) return pc.edit('remarks', r.pick(ids.remarks), 'delete', {});
    if (kind === 'order') {
      const orderNo = r.pick(ids.orders);
      const id = naturalId({ table: 'orders', platform: 'taobao', shopId: 's1', orderNo });
      // A platform fact with the platform's time of it; PCs learn facts in any order.
      const platformAt = platformBase + r.int(0, 1_000_000);
      if (!pc.view('orders', id)) {
        const order = { orderNo, shopId: 's1', buyerId: 'b1', status: 'unpaid', totalFen: 9900, items: [], createdAt: platformBase, paidAt: null, addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '' };
        return pc.edit('orders', id, 'put', order, { platformAt });
      }
      return r.chance(0.5) ? pc.edit('orders', id, 'put', { status: r.pick(ORDER_STATUS) }, { platformAt }) : pc.edit('orders', id, 'put', { flag: r.int(0, 5) });
    }
    if (kind === 'shop') return pc.edit('shops', 's1', 'put', { name: `店名 ${pc.name} ${r.int(0, 9)}` });
    if (kind === 'delete' && pc.view('tickets', 't3')) return pc.edit('tickets', 't3', 'delete', {});
    return null;
  };

  for (let round = 0; round < 40; round++) {
    for (const pc of pcs) {
      if (plan.chance(0.15)) pc.online = !pc.online;
      for (let n = plan.int(0, 3); n > 0; n--) randomEdit(pc, rng);
    }
    // The PCs that sync this round push at the same time: their transactions queue on the team lock.
    const syncing = pcs.map((pc) => ({ pc, go: plan.chance(0.6), batch: plan.int(1, 30), duplicate: plan.chance(0.1), loseAnswer: plan.chance(0.1) })).filter((s) => s.go && s.pc.online);
    await Promise.all(
      syncing.map(({ pc, ...opts }) => {
        pushes += pc.outbox.length > 0 ? 1 : 0;
        return pc.sync(opts);
      }),
    );
    if (plan.chance(0.08)) {
      await server.close();
      server = await serve(db);
      restarts += 1;
    }
  }

  // Quiescence: everyone online, sync until no outbox is left, then once more to pull the last pushes.
  for (const pc of pcs) pc.online = true;
  for (let i = 0; i < 20 && pcs.some((pc) => pc.outbox.length > 0); i++) for (const pc of pcs) await pc.sync();
  for (const pc of pcs) await pc.sync();

  const teamId = first.pc.teamId;
  const records = (await db.pool.query<ServerRecord>('SELECT tbl, id, version, fields, meta, deleted_at FROM records WHERE team_id = $1', [teamId])).rows;
  const conflicts = (await db.pool.query<ConflictRow>('SELECT tbl, record_id, field, rule, lost_version, winning_version, mutation_id FROM conflicts WHERE team_id = $1', [teamId])).rows;
  const teamVersion = (await db.pool.query<{ version: number }>('SELECT version FROM teams WHERE id = $1', [teamId])).rows[0]?.version ?? -1;

  const onServer = Object.fromEntries(records.map((r) => [`${r.tbl}/${r.id}`, { version: r.version, fields: r.fields, deletedAt: r.deleted_at }]));
  for (const pc of pcs) {
    expect(pc.outbox, `${pc.name} outbox`).toEqual([]);
    const held = Object.fromEntries([...pc.server].map(([k, r]) => [k, { version: r.version, fields: r.fields, deletedAt: r.deletedAt }]));
    expect(held, `${pc.name} equals the server`).toEqual(onServer);
  }

  const acks = pcs.flatMap((pc) => [...pc.acks.values()]);
  expect(checkAcknowledged(acks, records, conflicts, teamVersion)).toEqual([]);
  // The skewed PC's edits were clamped and flagged; nobody else's.
  const skewed = pcs[pcs.length - 1] as SimPc;
  expect([...skewed.acks.values()].every((a) => a.result.flags.includes('clock_ahead'))).toBe(true);
  expect(acks.filter((a) => !a.m.mutationId.startsWith(skewed.name)).some((a) => a.result.flags.length > 0)).toBe(false);
  expect(records.every((r) => typeof r.fields.updatedAt !== 'number' || r.fields.updatedAt <= Date.now())).toBe(true);
  const tally: Record<string, number> = {};
  for (const a of acks) {
    const k = a.result.status === 'refused' ? `refused:${a.result.code}` : a.result.version === null ? 'noop' : 'applied';
    tally[k] = (tally[k] ?? 0) + 1;
    if (a.result.status === 'applied') for (const s of a.result.superseded) tally[`sup:${s.rule}`] = (tally[`sup:${s.rule}`] ?? 0) + 1;
    if (a.result.status === 'applied' && a.result.copyId) tally.copies = (tally.copies ?? 0) + 1;
  }
  console.log(`sync model seed ${seed}: ${JSON.stringify({ ...tally, conflicts: conflicts.length, pushes, restarts })}`);
  return { tally, conflicts: conflicts.length, restarts };
}

describe('six PCs syncing through the shop server at random', () => {
  it(`converge with nothing acknowledged lost (fixed seed ${FIXED_SEED})`, async () => {
    const out = await runModel(FIXED_SEED, 'model-fixed');
    // The fixed run must have exercised every rule, or its passing would say little.
    for (const seen of ['applied', 'sup:status_forward_only', 'sup:older_platform_time', 'sup:conflict_copy', 'sup:derived', 'refused:not_owner', 'refused:not_author', 'refused:deleted'])
      expect(out.tally[seen] ?? 0, seen).toBeGreaterThan(0);
    expect(out.conflicts).toBeGreaterThan(0);
    expect(out.restarts).toBeGreaterThan(0);
  }, 60_000);

  it(`converge with nothing acknowledged lost (random seed ${randomSeed}; replay with SYNC_MODEL_SEED=${randomSeed})`, async () => {
    await runModel(randomSeed, `model-${randomSeed}`);
  }, 60_000);
});
