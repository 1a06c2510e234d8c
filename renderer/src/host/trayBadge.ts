import type { TraySummary } from '@shared/schemas/tray';
import { drawBadgeFavicon } from './favicon';

/**
 * The browser stand-in for the tray: the unanswered count in the document title and on the
 * favicon, and the counts as data attributes (what e2e journeys read).
 */
export function createTrayBadge(doc: Document): (summary: TraySummary) => void {
  const baseTitle = doc.title || '小二工作台';
  // Drawing the icon (a canvas encoded as PNG) is the costly part: only when the count changes.
  let drawn: number | null = null;
  return (s) => {
    const attention = s.unanswered + s.dueReminders + s.dueFollowUps + s.overdueCases;
    doc.title = s.unanswered > 0 ? `(${s.unanswered}) ${baseTitle}` : baseTitle;
    doc.documentElement.dataset.trayUnanswered = String(s.unanswered);
    doc.documentElement.dataset.trayAttention = String(attention);
    doc.documentElement.dataset.trayOverdueCases = String(s.overdueCases);
    doc.documentElement.dataset.trayFollowUps = String(s.dueFollowUps);
    if (drawn !== s.unanswered) drawBadgeFavicon(doc, s.unanswered);
    drawn = s.unanswered;
  };
}
