import Dexie from 'dexie';
import { settleRow } from '@shared/domain/outbox';
import type { Result } from '@shared/lib/result';
import type { OutboxItem, OutboxResult } from '@shared/schemas/outbox';
import { getDb } from '../store';
import { coalesce } from '@shared/lib/coalesce';

/** The host's outbox as the runner sees it (the app wires it to the host contract). */
export interface OutboxSource {
  offer(items: OutboxItem[]): Promise<Result<{ journalId: string; accepted: string[]; duplicates: string[] }>>;
  results(afterSeq: number, journalId: string | null): Promise<Result<{ journalId: string; results: OutboxResult[] }>>;
  settle(journalId: string, upToSeq: number): void;
}

export interface OutboxRunner {
  /** Hands new items to the host and applies its results; concurrent kicks run once more after the current pass. */
  kick(): Promise<void>;
  readonly lastError: string | null;
}

/** How far this store applied the host's results (settings, per PC): written with the results it covers. */
export const OUTBOX_CURSOR_KEY = 'outbox/cursor';
const OFFER_BATCH = 100;
interface Cursor { journalId: string | null; seq: number }

/**
 * Moves bridge-mode rows between the store and the host: rows still `sending` that the host's
 * current journal does not hold yet are offered (the host dedupes by id, so a re-offer after a
 * crash or a new host journal is harmless); results are applied in one transaction with the
 * cursor, then settled so the host can compact.
 */
export function createOutboxRunner(source: OutboxSource, now: () => number = Date.now): OutboxRunner {
  let lastError: string | null = null;
  let resumed = false;

  const readCursor = async (): Promise<Cursor> => ((await getDb().settings.get(OUTBOX_CURSOR_KEY))?.value as Cursor | undefined) ?? { journalId: null, seq: 0 };

  const applyResults = async (journalId: string, results: OutboxResult[], cursor: Cursor): Promise<number> => {
    const db = getDb();
    const last = results[results.length - 1]?.seq ?? (cursor.journalId === journalId ? cursor.seq : 0);
    await db.transaction('rw', [db.outbox, db.settings], async () => {
      for (const r of results) {
        const row = await db.outbox.get(r.id);
        if (row) await db.outbox.put(settleRow(row, r.outcome, r.reason, r.at));
      }
      await db.settings.put({ key: OUTBOX_CURSOR_KEY, value: { journalId, seq: last }, updatedAt: now(), updatedBy: 'outbox' });
    });
    return last;
  };

  const offer = async (journalId: string): Promise<boolean> => {
    const db = getDb();
    const waiting = (await db.outbox.where('[state+createdAt]').between(['sending', Dexie.minKey], ['sending', Dexie.maxKey]).toArray()).filter((r) => r.offeredTo !== journalId);
    if (!waiting.length) return false;
    const batch = waiting.slice(0, OFFER_BATCH);
    const r = await source.offer(batch.map((row) => row.item));
    if (!r.ok) { lastError = r.error; return false; }
    const taken = new Set([...r.value.accepted, ...r.value.duplicates]);
    await db.transaction('rw', db.outbox, async () => {
      for (const row of batch) {
        if (!taken.has(row.id)) continue;
        const current = await db.outbox.get(row.id);
        if (current) await db.outbox.put({ ...current, offeredTo: r.value.journalId });
      }
    });
    return waiting.length > batch.length;
  };

  const pass = async (): Promise<void> => {
    for (;;) {
      const cursor = await readCursor();
      const pulled = await source.results(cursor.journalId === null ? 0 : cursor.seq, cursor.journalId);
      if (!pulled.ok) { lastError = pulled.error; return; }
      lastError = null;
      const { journalId, results } = pulled.value;
      if (results.length || cursor.journalId !== journalId) {
        const last = await applyResults(journalId, results, cursor);
        if (results.length) source.settle(journalId, last);
      } else if (!resumed && cursor.seq > 0) {
        // Applied before a crash but never settled: tell the host once, so its journal compacts.
        source.settle(journalId, cursor.seq);
      }
      resumed = true;
      const moreToOffer = await offer(journalId);
      if (!moreToOffer && results.length === 0) return;
    }
  };

  const kick = coalesce(pass);

  return { kick, get lastError() { return lastError; } };
}
