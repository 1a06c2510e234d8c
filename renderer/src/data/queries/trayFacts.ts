import type { TrayFacts } from '@shared/domain/tray';
import { waitingFacts } from '../tray/waiting';
import { paymentFacts } from '../tray/payments';
import { followUpFacts } from '../tray/followUps';
import { caseFacts } from '../tray/cases';

/**
 * The store facts behind the tray summary. Each area provides its own part from its indexes,
 * bounded by `until` (items due later are not needed yet): no full-table scans on this path.
 */
export async function trayFacts(until: number): Promise<TrayFacts> {
  const [waiting, payments, followUps, cases] = await Promise.all([waitingFacts(), paymentFacts(until), followUpFacts(until), caseFacts(until)]);
  return { waiting, payments, followUps, cases };
}
