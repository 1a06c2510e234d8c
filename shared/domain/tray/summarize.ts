import type { TabTarget } from '../../schemas/tabs';
import type { TrayItem, TrayItemKind, TraySummary } from '../../schemas/tray';
import { clampText } from './clamp';
import { dueKey } from './keys';
import type { TrayCounts, TrayFacts, TrayItemText, TrayLabels, TrayResult, TrayText } from './types';

/** The schema caps newlyDue; more than this at once is a flood nobody reads anyway. */
export const MAX_NEWLY_DUE = 50;

interface Candidate {
  key: string;
  kind: TrayItemKind;
  dueAt: number;
  text: () => TrayItemText;
  target: TabTarget;
}

/**
 * Summarize what needs the agent's attention for the tray icon, tooltip, menu and notifications.
 *
 * - `previousKeys` are the `keys` returned by the previous call (empty on start-up). An item is
 *   newly due when its key is not among them, so each due moment raises one notification.
 * - The returned `keys` hold every item due now, including those cut by the cap: after a long
 *   sleep the agent gets the 50 oldest as notifications and the rest only in the counts, rather
 *   than a storm of 50 more on every following tick.
 * - Items are due when dueAt <= now; waiting buyers are due from the moment they start waiting.
 */
export function summarizeTray(facts: TrayFacts, previousKeys: Iterable<string>, now: number, text: TrayText): TrayResult {
  const seen = previousKeys instanceof Set ? (previousKeys as ReadonlySet<string>) : new Set(previousKeys);
  const isDue = (at: number): boolean => at <= now;

  const candidates: Candidate[] = [];
  let longestWaitMs = 0;
  for (const w of facts.waiting) {
    longestWaitMs = Math.max(longestWaitMs, Math.floor(now - w.lastBuyerAt));
    candidates.push({ key: dueKey('buyer', w.id, w.lastBuyerAt), kind: 'buyer', dueAt: w.lastBuyerAt, text: () => text.buyer(w), target: { entity: 'conversation', id: w.id } });
  }
  const payments = facts.payments.filter((p) => isDue(p.dueAt));
  for (const p of payments) {
    const target: TabTarget = p.orderId ? { entity: 'order', id: p.orderId } : { tab: 'payments' };
    candidates.push({ key: dueKey('payment', p.id, p.dueAt), kind: 'payment', dueAt: p.dueAt, text: () => text.payment(p), target });
  }
  const followUps = facts.followUps.filter((f) => isDue(f.dueAt));
  for (const f of followUps) {
    candidates.push({ key: dueKey('followup', f.id, f.dueAt), kind: 'followup', dueAt: f.dueAt, text: () => text.followUp(f), target: f.target });
  }
  const cases = facts.cases.filter((c) => isDue(c.dueAt));
  for (const c of cases) {
    candidates.push({ key: dueKey('case', c.id, c.dueAt), kind: 'case', dueAt: c.dueAt, text: () => text.case(c), target: { entity: 'case', id: c.id } });
  }

  const counts: TrayCounts = {
    unanswered: facts.waiting.length,
    longestWaitMs,
    dueReminders: payments.length,
    dueFollowUps: followUps.length,
    overdueCases: cases.length,
  };

  // Oldest first: the longest-ignored item is the one most worth a notification.
  const fresh = candidates
    .filter((c) => !seen.has(c.key))
    .sort((a, b) => a.dueAt - b.dueAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, MAX_NEWLY_DUE);

  const summary: TraySummary = {
    ...counts,
    newlyDue: fresh.map(toItem),
    labels: clampLabels(text.labels(counts)),
  };
  const keys = [...new Set(candidates.map((c) => c.key))].sort();
  return { summary, keys };
}

function toItem(c: Candidate): TrayItem {
  const t = c.text();
  return { key: c.key, kind: c.kind, title: clampText(t.title, 200), body: clampText(t.body, 500), target: c.target };
}

function clampLabels(l: TrayLabels): TrayLabels {
  return {
    tooltip: clampText(l.tooltip, 300),
    unanswered: clampText(l.unanswered, 80),
    dueReminders: clampText(l.dueReminders, 80),
    dueFollowUps: clampText(l.dueFollowUps, 80),
    overdueCases: clampText(l.overdueCases, 80),
    open: clampText(l.open, 80),
    quit: clampText(l.quit, 80),
  };
}
