import type { Result } from '@shared/lib/result';
import { problemSummary, problemsOf } from '@shared/lib/problem';
import type { JournaledEvent } from '@shared/schemas/ingest';
import { getDb } from '../store';
import type { XiaoerDb } from '../db';
import { withBulk } from '../live/pace';
import { applyJournaled } from './apply';
import { addProblem, readCursor, writeCursor } from './state';
import { coalesce } from '@shared/lib/coalesce';

/** The host's journal as the runner sees it (the app wires it to the host contract). */
export interface IngestSource {
  pull(afterSeq: number, journalId: string | null): Promise<Result<{ journalId: string; events: JournaledEvent[] }>>;
  ack(journalId: string, upToSeq: number): void;
}

/** After this many failed tries the same event is set aside as a problem, so it cannot block the rest. */
const MAX_TRIES = 3;

export interface IngestRunner {
  /** Pulls and applies everything waiting; concurrent kicks run once more after the current pass. */
  kick(): Promise<void>;
  readonly lastError: string | null;
}

export function createIngestRunner(source: IngestSource, now: () => number = Date.now): IngestRunner {
  let lastError: string | null = null;
  const failures = new Map<string, number>();

  const pass = async (): Promise<void> => {
    const db = getDb();
    let acked = false;
    for (;;) {
      const cursor = await readCursor(db);
      const pulled = await source.pull(cursor.seq, cursor.journalId);
      if (!pulled.ok) { lastError = pulled.error; return; }
      lastError = null;
      const { journalId, events } = pulled.value;
      // Applied but never acked (a crash here, or a host that restarted and lost the ack): say
      // so whenever the host has nothing newer, or its journal keeps them 待处理 forever. The
      // host ignores an ack it already has.
      if (events.length === 0) {
        if (!acked && cursor.journalId === journalId && cursor.seq > 0) source.ack(journalId, cursor.seq);
        return;
      }
      // A batch (an ERP catching up) re-runs the open views once at its end, not once per event.
      const done = await withBulk(() => applyBatch(db, journalId, events));
      if (done) { source.ack(journalId, done); acked = true; }
      if (done !== events[events.length - 1]?.seq) return;
    }
  };

  const applyBatch = async (db: XiaoerDb, journalId: string, events: readonly JournaledEvent[]): Promise<number> => {
    let done = 0;
    for (const j of events) {
      try {
        await applyJournaled(db, journalId, j, now());
        done = j.seq;
      } catch (e) {
        const tries = (failures.get(j.event.eventId) ?? 0) + 1;
        failures.set(j.event.eventId, tries);
        lastError = `${j.event.eventId}: ${problemsOf(e).map(problemSummary).join('; ')}`;
        if (tries < MAX_TRIES) break;
        // A record the store refuses (e.g. a schema limit) would block every later event.
        await addProblem(db, j, `error: ${lastError}`, now());
        await writeCursor(db, { journalId, seq: j.seq }, now());
        done = j.seq;
      }
    }
    return done;
  };

  const kick = coalesce(pass);

  return { kick, get lastError() { return lastError; } };
}
