import { startOfShanghaiDay } from '@shared/lib/time';
import type { IngestEvent, JournaledEvent } from '@shared/schemas/ingest';
import type { XiaoerDb } from '../db';

/**
 * What the renderer remembers about ingest, in `settings` (no new table): the cursor into the
 * host's journal (written in the same transaction as the event's records, so a crash between
 * apply and ack replays nothing twice), events parked until their order arrives, the last
 * problems, and today's count.
 */
export const CURSOR_KEY = 'ingest/cursor';
export const PARKED_KEY = 'ingest/parked';
export const PROBLEMS_KEY = 'ingest/problems';
export const COUNTS_KEY = 'ingest/counts';
export const INGEST_AGENT = 'ingest';

export const MAX_PARKED = 500;
export const MAX_PROBLEMS = 20;

export interface Cursor { journalId: string | null; seq: number }
export interface Parked { seq: number; event: IngestEvent; at: number }
export interface ApplyProblem { at: number; eventId: string; type: string; reason: string }
export interface Counts { day: number; applied: number }

const value = async <T>(db: XiaoerDb, key: string, fallback: T): Promise<T> => ((await db.settings.get(key))?.value as T | undefined) ?? fallback;
const put = (db: XiaoerDb, key: string, v: unknown, now: number) => db.settings.put({ key, value: v, updatedAt: now, updatedBy: INGEST_AGENT });

export const readCursor = (db: XiaoerDb): Promise<Cursor> => value(db, CURSOR_KEY, { journalId: null, seq: 0 });
export const writeCursor = (db: XiaoerDb, c: Cursor, now: number) => put(db, CURSOR_KEY, c, now);
export const readParked = (db: XiaoerDb): Promise<Parked[]> => value(db, PARKED_KEY, []);
export const writeParked = (db: XiaoerDb, p: Parked[], now: number) => put(db, PARKED_KEY, p, now);
export const readProblems = (db: XiaoerDb): Promise<ApplyProblem[]> => value(db, PROBLEMS_KEY, []);

export async function addProblem(db: XiaoerDb, j: Pick<JournaledEvent, 'event'>, reason: string, now: number): Promise<void> {
  const list = await readProblems(db);
  await put(db, PROBLEMS_KEY, [{ at: now, eventId: j.event.eventId, type: j.event.type, reason }, ...list].slice(0, MAX_PROBLEMS), now);
}

export async function countApplied(db: XiaoerDb, n: number, now: number): Promise<void> {
  const day = startOfShanghaiDay(now);
  const c = await value<Counts>(db, COUNTS_KEY, { day, applied: 0 });
  await put(db, COUNTS_KEY, { day, applied: (c.day === day ? c.applied : 0) + n }, now);
}
