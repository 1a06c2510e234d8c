import { z } from 'zod';
import { TabTarget } from './tabs';

export const TrayItemKind = z.enum(['buyer', 'payment', 'followup', 'case']);
export type TrayItemKind = z.infer<typeof TrayItemKind>;

export const TrayItem = z.object({
  /** Stable key (kind + id + due time) so one due moment is notified once. */
  key: z.string().min(1).max(200),
  kind: TrayItemKind,
  title: z.string().max(200),
  body: z.string().max(500),
  target: TabTarget,
});
export type TrayItem = z.infer<typeof TrayItem>;

/** What the tray icon, its tooltip/menu and the browser title badge show. */
export const TraySummary = z.object({
  unanswered: z.number().int().nonnegative(),
  longestWaitMs: z.number().int().nonnegative(),
  dueReminders: z.number().int().nonnegative(),
  dueFollowUps: z.number().int().nonnegative(),
  overdueCases: z.number().int().nonnegative(),
  /** Items that became due since the previous summary — each raises one notification. */
  newlyDue: z.array(TrayItem).max(50),
  /** Labels in the agent's language, so main needs no i18n of its own. */
  labels: z.object({
    tooltip: z.string().max(300),
    unanswered: z.string().max(80),
    dueReminders: z.string().max(80),
    dueFollowUps: z.string().max(80),
    overdueCases: z.string().max(80),
    open: z.string().max(80),
    quit: z.string().max(80),
  }),
});
export type TraySummary = z.infer<typeof TraySummary>;
