import type { TrayItemKind } from '../../schemas/tray';

/**
 * The identity of one due moment: kind + record id + the time it fell due. A reminder moved to
 * a new time, or a buyer who writes again after being answered, gets a new key and so one new
 * notification; the same moment seen on every tick keeps its key and is never re-notified.
 */
export function dueKey(kind: TrayItemKind, id: string, dueAt: number): string {
  return `${kind}:${id}:${dueAt}`;
}
