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
  indicator: Indicator;
}

/** A line that changed only what each PC computes or who-and-when (an order's latest remark): nothing to upload. */
const onlyDerived = (l: Change): boolean => {
  if (l.fields === undefined || l.op === 'delete') return false;
  const derived = derivedFields(l.table, l.id, {});
  return l.fields.every((f) => BOOKKEEPING_FIELDS.has(f) || derived.includes(f));
};

/** Records (not log lines: a note typed for a minute is one) waiting to go up. */
export async function pendingCount(db: XiaoerDb): Promise<number> {
  if (!(await readState(db, 'link'))) return 0;
  const lines = await pendingLines(db, await readState(db, 'outbox'), 50_000);
  return new Set(lines.filter((l) => pushable(l) && !onlyDerived(l)).map((l) => `${l.table}\u0000${l.id}`)).size;
}

/** Everything the header indicator and 设置 → 团队 show (a live query: it follows every write). */
export async function teamView(db: XiaoerDb = getDb()): Promise<TeamView> {
  const [link, status, refusals, clock, pending] = await Promise.all([readState(db, 'link'), readState(db, 'status'), readState(db, 'refusals'), readState(db, 'clock'), pendingCount(db)]);
  const indicator = syncIndicator({ joined: link !== null, state: status?.state ?? null, failureCode: status?.failure?.code ?? null, pending, refused: refusals.length });
  return { link, status, pending, refusals, clockAheadAt: clock?.aheadAt ?? null, indicator };
}

/** The agent has seen the refused edits (and the clock warning). */
export async function dismissSyncWarnings(db: XiaoerDb = getDb()): Promise<void> {
  await writeState(db, 'refusals', []);
  await writeState(db, 'clock', null);
}
