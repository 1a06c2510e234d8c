import Dexie from 'dexie';
import type { FollowUpFact } from '@shared/domain/tray';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { openPromises } from '../handover/promises';

/**
 * Follow-ups and promises due by `until` (owned by the handover/promises area). A promise is a
 * follow-up the agent committed to in chat; its label says to whom and what.
 */
export async function followUpFacts(until: number): Promise<FollowUpFact[]> {
  const [rows, promises] = await Promise.all([
    getDb().reminders.where('[kind+state+dueAt]').between(['followup', 'due', Dexie.minKey], ['followup', 'due', until], true, true).toArray(),
    openPromises(until),
  ]);
  const followUps = rows.filter(alive).map((f): FollowUpFact => ({ id: f.id, dueAt: f.dueAt, label: f.label, target: f.buyerId ? { entity: 'buyer', id: f.buyerId } : { tab: 'handover' } }));
  const promised = promises.map(({ promise: p, buyer }): FollowUpFact => ({
    id: p.id,
    dueAt: p.dueAt,
    label: `${buyer?.nick ?? ''}：${p.what}`.slice(0, 200),
    target: p.orderId ? { entity: 'order', id: p.orderId } : { entity: 'buyer', id: p.buyerId },
  }));
  return [...followUps, ...promised];
}
