import { startOfShanghaiDay } from '@shared/lib/time';
import { getDb } from '../store';
import { COUNTS_KEY, readParked, readProblems, type ApplyProblem, type Counts } from './state';

export interface IngestLocalStatus {
  appliedToday: number;
  parked: number;
  problems: ApplyProblem[];
}

/** What this PC's store did with ingest events (the host's side comes from `ingest:info`). */
export async function ingestLocalStatus(now: number): Promise<IngestLocalStatus> {
  const db = getDb();
  const counts = (await db.settings.get(COUNTS_KEY))?.value as Counts | undefined;
  const today = counts && counts.day === startOfShanghaiDay(now) ? counts.applied : 0;
  return { appliedToday: today, parked: (await readParked(db)).length, problems: await readProblems(db) };
}
