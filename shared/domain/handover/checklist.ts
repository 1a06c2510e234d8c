import type { TabTarget } from '../../schemas/tabs';

/** What a checklist item counts; the data layer supplies the live numbers. */
export type ChecklistCounter = 'handover' | 'unpaid' | 'unshipped' | 'newReviews' | 'openReviews' | 'openTickets' | 'lateShipments' | 'none';

export interface ChecklistItemDef {
  id: string;
  /** Shown text (stored as written by whoever configured it; defaults come from the locale). */
  label: string;
  phase: 'start' | 'midday' | 'end';
  counter: ChecklistCounter;
  target: TabTarget;
}

/** The seeds' routine: start of shift, midday, end of shift. Labels are locale keys for defaults. */
export const DEFAULT_CHECKLIST: readonly ChecklistItemDef[] = [
  { id: 'read-handover', label: 'handover.checklist.default.readHandover', phase: 'start', counter: 'handover', target: { tab: 'handover' } },
  { id: 'unpaid', label: 'handover.checklist.default.unpaid', phase: 'start', counter: 'unpaid', target: { tab: 'payments' } },
  { id: 'unshipped', label: 'handover.checklist.default.unshipped', phase: 'start', counter: 'unshipped', target: { tab: 'orders' } },
  { id: 'yesterday-reviews', label: 'handover.checklist.default.yesterdayReviews', phase: 'start', counter: 'newReviews', target: { tab: 'reviews' } },
  { id: 'midday-reviews', label: 'handover.checklist.default.middayReviews', phase: 'midday', counter: 'openReviews', target: { tab: 'reviews' } },
  { id: 'aftersale', label: 'handover.checklist.default.aftersale', phase: 'end', counter: 'openTickets', target: { tab: 'aftersale' } },
  { id: 'late-shipments', label: 'handover.checklist.default.lateShipments', phase: 'end', counter: 'lateShipments', target: { tab: 'orders' } },
];

/**
 * The locale key a default item's label stands for, or null for an agent's own words. A config
 * saved before the texts moved from the `shift` area to `handover` still names the old key.
 */
export function checklistLabelKey(label: string): string | null {
  const m = /^(?:shift|handover)\.checklist\.default\.([A-Za-z]+)$/.exec(label);
  return m ? `handover.checklist.default.${m[1]}` : null;
}

export interface ChecklistProgress {
  /** Business date (Shanghai) and agent the progress belongs to. */
  date: string;
  agentId: string;
  done: Record<string, number>;
}

export interface ChecklistRow extends ChecklistItemDef {
  count: number | null;
  doneAt: number | null;
}

/** Joins the configured items with live counts and today's progress; phases in routine order. */
export function checklistRows(items: readonly ChecklistItemDef[], counts: Partial<Record<ChecklistCounter, number>>, progress: ChecklistProgress | null): ChecklistRow[] {
  const phase = { start: 0, midday: 1, end: 2 } as const;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => phase[a.item.phase] - phase[b.item.phase] || a.i - b.i)
    .map(({ item }) => ({ ...item, count: item.counter === 'none' ? null : counts[item.counter] ?? 0, doneAt: progress?.done[item.id] ?? null }));
}

/** Progress with one item ticked or unticked (a new object; the old one is left alone). */
export function toggleChecklist(progress: ChecklistProgress, id: string, at: number): ChecklistProgress {
  const done = { ...progress.done };
  if (done[id] !== undefined) delete done[id];
  else done[id] = at;
  return { ...progress, done };
}
