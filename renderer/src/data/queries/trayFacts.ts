import type { TrayFacts } from '@shared/domain/tray';
import { getDb } from '../store';
import { waitingFacts } from '../tray/waiting';
import { paymentFacts } from '../tray/payments';
import { followUpFacts } from '../tray/followUps';
import { caseFacts } from '../tray/cases';

/** The tables the tray's areas read, all of them: one read transaction serves a whole pass. */
const TRAY_TABLES = ['conversations', 'buyers', 'shops', 'orders', 'reminders', 'promises', 'tickets', 'reviews'] as const;

/**
 * The tray's areas, each read on its own. The console follows each with its own live query, so
 * a write re-reads only the areas whose records it touched (a reply: the waiting buyers; a
 * 催付 sent: the payments), never the whole tray.
 */
export const TRAY_AREAS: { [K in keyof TrayFacts]: (until: number) => Promise<TrayFacts[K]> } = {
  waiting: () => waitingFacts(),
  payments: paymentFacts,
  followUps: followUpFacts,
  cases: caseFacts,
};

/**
 * The store facts behind the tray summary. Each area provides its own part from its indexes,
 * bounded by `until` (items due later are not needed yet): no full-table scans on this path.
 * One read transaction for the whole pass (a dozen small reads would otherwise each open their own).
 */
export async function trayFacts(until: number): Promise<TrayFacts> {
  const db = getDb();
  return db.transaction('r', TRAY_TABLES.map((t) => db.table(t)), async () => {
    const [waiting, payments, followUps, cases] = await Promise.all([TRAY_AREAS.waiting(until), TRAY_AREAS.payments(until), TRAY_AREAS.followUps(until), TRAY_AREAS.cases(until)]);
    return { waiting, payments, followUps, cases };
  });
}
