import type { SyncEnrolment, SyncFailureCode } from '@shared/schemas/syncHost';
import type { XiaoerDb } from '../db';

/**
 * Team-sync bookkeeping in `syncState` (never backed up, never synced):
 * - link: the team this store is attached to (as the host enrolled it);
 * - cursor: the server version pulled up to;
 * - outbox: the `changes` seq everything up to which was pushed (the outbox is the log after it);
 * - status: the last round's outcome, for the header and 设置 → 团队;
 * - refusals: mutations the server refused, until the agent has seen them;
 * - clock: when the server last said this PC's clock runs ahead;
 * - initial: a first sync under way (from cursor 0, more than one page): how far it has to go,
 *   for the header's 首次同步 N%; kept until the last page, so a reload resumes and still shows it.
 */
export type SyncLink = SyncEnrolment;

export type RoundState = 'synced' | 'offline' | 'failed';
/** Why a round did not finish: the server's answer by kind, or the host itself failing. */
export interface RoundFailure {
  code: SyncFailureCode | 'host';
  detail: string;
}
export interface SyncStatusValue {
  state: RoundState;
  failure: RoundFailure | null;
  lastSyncAt: number | null;
  at: number;
}

export interface Refusal {
  table: string;
  id: string;
  code: string;
  field: string | null;
  at: number;
}
export const MAX_REFUSALS = 50;

export interface InitialSync {
  /** The server's version when the first sync began (or later, as it grows meanwhile). */
  target: number;
  startedAt: number;
}

type Keys = { link: SyncLink | null; cursor: number; outbox: number; status: SyncStatusValue | null; refusals: Refusal[]; clock: { aheadAt: number } | null; initial: InitialSync | null };
const FALLBACK: Keys = { link: null, cursor: 0, outbox: 0, status: null, refusals: [], clock: null, initial: null };

export async function readState<K extends keyof Keys>(db: XiaoerDb, key: K): Promise<Keys[K]> {
  const row = await db.syncState.get(key);
  return row === undefined ? FALLBACK[key] : (row.value as Keys[K]);
}

export async function writeState<K extends keyof Keys>(db: XiaoerDb, key: K, value: Keys[K]): Promise<void> {
  await db.syncState.put({ key, value });
}

/** Everything but the device id: a PC that leaves its team starts over when it joins again. */
export async function clearState(db: XiaoerDb): Promise<void> {
  await db.syncState.bulkDelete(['link', 'cursor', 'outbox', 'status', 'refusals', 'clock', 'initial']);
}
