import { BOOKKEEPING_FIELDS } from '@shared/domain/sync';
import { syncIndicator, type Indicator } from '@shared/domain/team';
import type { Change } from '@shared/schemas/entities';
import type { XiaoerDb } from '../db';
import { getDb } from '../store';
import { pendingLines } from './outbox';
import { readState, writeState, type Refusal, type SyncLink, type SyncStatusValue } from './state';
import { derivedFields, pushable } from './tables';

export interface TeamView {
  link: SyncLink | null;
  status: SyncStatusValue | null;
  /** Records with edits the server has not acknowledged yet. */
  pending: number;
  refusals: Refusal[];
  /** When the server last said this PC's clock runs more than 5 minutes ahead. */
  clockAheadAt: number | null;
  /** A first sync under way: how far it got (0–99), null when none. */
  initialPercent: number | null;
  indicator: Indicator;
}

/** A line that changed only what each PC computes or who-and-when (an order's latest remark): nothing to upload. */
const onlyDerived = (l: Change): boolean => {
  if (l.fields === undefined || l.op === 'delete') return false;
  const derived = derivedFields(l.table, l.id, {});
  return l.fields.every((f) => BOOKKEEPING_FIELDS.has(f) || derived.includes(f));
};

/**
 * What the pending count has seen of one store's log: the outbox it counted from, the last
 * line it read, and each waiting record with the seq of its last line that counts. A write
 * adds one line, so a count reads only the lines added since the last one: not the whole
 * outbox again (which grows to tens of thousands of lines while a PC is offline).
 */
interface PendingTally {
  outbox: number;
  scanned: number;
  records: Map<string, number>;
}
const tallies = new WeakMap<XiaoerDb, PendingTally>();
/** One count reads at most this many new lines; the rest are read by the next counts. */
const SCAN_STEP = 50_000;

/** Records (not log lines: a note typed for a minute is one) waiting to go up. */
export async function pendingCount(db: XiaoerDb): Promise<number> {
  if (!(await readState(db, 'link'))) {
    tallies.delete(db);
    return 0;
  }
  const outbox = await readState(db, 'outbox');
  let tally = tallies.get(db);
  // The outbox only moves forward while a store is in a team (leaving drops the tally); a
  // smaller one here is a read that started before a push was stored, and changes nothing.
  tally ??= { outbox, scanned: outbox, records: new Map() };
  if (outbox > tally.outbox) {
    for (const [k, seq] of tally.records) if (seq <= outbox) tally.records.delete(k);
    tally.outbox = outbox;
    tally.scanned = Math.max(tally.scanned, outbox);
  }
  const lines = await pendingLines(db, tally.scanned, SCAN_STEP);
  // Two views count at once (header and 设置 → 团队): a line already pushed is never added back.
  for (const l of lines) {
    if ((l.seq as number) > tally.outbox && pushable(l) && !onlyDerived(l)) tally.records.set(`${l.table}\u0000${l.id}`, l.seq as number);
  }
  if (lines.length) tally.scanned = Math.max(tally.scanned, lines[lines.length - 1]?.seq as number);
  tallies.set(db, tally);
  return tally.records.size;
}

/** Everything the header indicator and 设置 → 团队 show (a live query: it follows every write). */
export async function teamView(db: XiaoerDb = getDb()): Promise<TeamView> {
  const [link, status, refusals, clock, pending, initial, cursor] = await Promise.all([readState(db, 'link'), readState(db, 'status'), readState(db, 'refusals'), readState(db, 'clock'), pendingCount(db), readState(db, 'initial'), readState(db, 'cursor')]);
  const initialPercent = link && initial ? Math.min(99, Math.floor((100 * cursor) / Math.max(1, initial.target))) : null;
  const indicator = syncIndicator({ joined: link !== null, state: status?.state ?? null, failureCode: status?.failure?.code ?? null, pending, refused: refusals.length, initialPercent });
  return { link, status, pending, refusals, clockAheadAt: clock?.aheadAt ?? null, initialPercent, indicator };
}

/** The agent has seen the refused edits (and the clock warning). */
export async function dismissSyncWarnings(db: XiaoerDb = getDb()): Promise<void> {
  await writeState(db, 'refusals', []);
  await writeState(db, 'clock', null);
}
