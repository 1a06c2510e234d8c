import Dexie from 'dexie';
import { DEFAULT_CHECKLIST, type ChecklistCounter, type ChecklistItemDef, type ChecklistProgress } from '@shared/domain/handover';
import { OPEN_REVIEW_STATUSES } from '@shared/domain/cases';
import { startOfShanghaiDay } from '@shared/lib/time';
import { readSetting, writeSetting } from '../repositories/settings';
import type { WriteContext } from '../repositories/tracked';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { unacknowledged } from './handovers';

const CONFIG_KEY = 'shiftChecklist:config';
const progressKey = (agentId: string, date: string): string => `shiftChecklist:${agentId}:${date}`;

export async function checklistConfig(): Promise<ChecklistItemDef[]> {
  return readSetting<ChecklistItemDef[]>(CONFIG_KEY, [...DEFAULT_CHECKLIST]);
}

export async function saveChecklistConfig(items: ChecklistItemDef[], ctx: WriteContext): Promise<void> {
  await writeSetting(CONFIG_KEY, items, ctx);
}

export async function checklistProgress(agentId: string, date: string): Promise<ChecklistProgress> {
  return readSetting<ChecklistProgress>(progressKey(agentId, date), { agentId, date, done: {} });
}

export async function saveChecklistProgress(p: ChecklistProgress, ctx: WriteContext): Promise<void> {
  await writeSetting(progressKey(p.agentId, p.date), p, ctx);
}

/**
 * Live counts behind the checklist, each one indexed range. Tombstoned rows (a deleted order,
 * a cleared demo) stay in the indexes, so every range skips them before counting.
 */
export async function checklistCounts(now: number): Promise<Record<ChecklistCounter, number>> {
  const db = getDb();
  const status = (s: string, from: number = Dexie.minKey as unknown as number, to: number = Dexie.maxKey as unknown as number) =>
    db.orders.where('[status+createdAt]').between([s, from], [s, to]).filter(alive).count();
  const today = startOfShanghaiDay(now);
  const [handover, unpaid, unshipped, late, newReviews, openReviews, openTickets] = await Promise.all([
    unacknowledged(now).then((r) => r.length),
    status('unpaid'),
    status('paid'),
    status('paid', Dexie.minKey as unknown as number, today),
    db.reviews.where('[status+nextContactAt]').between(['new', Dexie.minKey], ['new', Dexie.maxKey]).filter(alive).count(),
    Promise.all(OPEN_REVIEW_STATUSES.map((s) => db.reviews.where('[status+nextContactAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).filter(alive).count())).then((c) => c.reduce((a, b) => a + b, 0)),
    db.tickets.where('[status+dueAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).filter(alive).count(),
  ]);
  return { handover, unpaid, unshipped, newReviews, openReviews, openTickets, lateShipments: late, none: 0 };
}
