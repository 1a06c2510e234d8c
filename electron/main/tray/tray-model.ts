import type { TabTarget } from '@shared/schemas/tabs';
import type { TraySummary } from '@shared/schemas/tray';

/**
 * What the tray shows, as plain data: tooltip, icon variant and menu items. Labels come already
 * localized in the summary (the renderer owns i18n); this module only adds numbers.
 */

export type TrayIconVariant = 'idle' | 'attention';

export type TrayMenuItem =
  | { kind: 'navigate'; id: 'unanswered' | 'dueReminders' | 'dueFollowUps' | 'overdueCases'; label: string; count: number; target: TabTarget }
  | { kind: 'open'; label: string }
  | { kind: 'quit'; label: string }
  | { kind: 'separator' };

export interface TrayModel {
  tooltip: string;
  icon: TrayIconVariant;
  items: TrayMenuItem[];
}

/** Windows truncates tray tooltips at 127 UTF-16 units; cut ourselves so the cut is clean. */
export const TOOLTIP_MAX = 127;

/** "m:ss" under an hour, "h:mm:ss" above — readable in every language without a label. */
export function formatWait(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Anything waiting on the agent turns the icon to its attention variant. */
export function trayIconVariant(s: Pick<TraySummary, 'unanswered' | 'dueReminders' | 'dueFollowUps' | 'overdueCases'>): TrayIconVariant {
  return s.unanswered + s.dueReminders + s.dueFollowUps + s.overdueCases > 0 ? 'attention' : 'idle';
}

export function buildTrayModel(s: TraySummary): TrayModel {
  const l = s.labels;
  const tooltip = l.tooltip.length > TOOLTIP_MAX ? `${l.tooltip.slice(0, TOOLTIP_MAX - 1)}…` : l.tooltip;
  const unanswered = s.unanswered > 0 ? `${l.unanswered}: ${s.unanswered} · ${formatWait(s.longestWaitMs)}` : `${l.unanswered}: 0`;
  return {
    tooltip,
    icon: trayIconVariant(s),
    items: [
      { kind: 'navigate', id: 'unanswered', label: unanswered, count: s.unanswered, target: { tab: 'presale' } },
      { kind: 'navigate', id: 'dueReminders', label: `${l.dueReminders}: ${s.dueReminders}`, count: s.dueReminders, target: { tab: 'payments' } },
      // Follow-ups (跟进) are the last presale step, so they live on the presale tab.
      { kind: 'navigate', id: 'dueFollowUps', label: `${l.dueFollowUps}: ${s.dueFollowUps}`, count: s.dueFollowUps, target: { tab: 'presale' } },
      { kind: 'navigate', id: 'overdueCases', label: `${l.overdueCases}: ${s.overdueCases}`, count: s.overdueCases, target: { tab: 'aftersale' } },
      { kind: 'separator' },
      { kind: 'open', label: l.open },
      { kind: 'quit', label: l.quit },
    ],
  };
}

/** Before the renderer sends its first summary (it owns the language), show only Open/Quit. */
export function initialTrayModel(labels: { tooltip: string; open: string; quit: string }): TrayModel {
  return {
    tooltip: labels.tooltip,
    icon: 'idle',
    items: [
      { kind: 'open', label: labels.open },
      { kind: 'quit', label: labels.quit },
    ],
  };
}
