import { RESPONSE_LINE_MS } from '../presale/waitLevel';
import type { BoardConversation } from './board';

/** A buyer of a colleague's over the 3-minute line, as the supervisor's PC rings for it. */
export interface Breach {
  key: string;
  conversationId: string;
  agentId: string;
  lastBuyerAt: number;
}

/** One alarm per waiting round: a buyer who writes again after an answer is a new breach. */
export const breachKey = (conversationId: string, lastBuyerAt: number): string => `team-breach:${conversationId}:${lastBuyerAt}`;

/**
 * The 3-minute breaches the supervisor's own buyer alarm does not ring for (issue 13 §5): buyers
 * handed to a colleague (the 接待 alarm of every PC rings for every other waiting buyer, so
 * these are exactly the rest of the team). Pure: `now` passed in.
 */
export function teamBreaches(conversations: readonly BoardConversation[], me: string, now: number): Breach[] {
  const out: Breach[] = [];
  for (const c of conversations) {
    if (c.deletedAt !== null || c.status !== 'waiting') continue;
    const to = c.transfer?.to;
    if (!to || to === me || now - c.lastBuyerAt < RESPONSE_LINE_MS) continue;
    out.push({ key: breachKey(c.id, c.lastBuyerAt), conversationId: c.id, agentId: to, lastBuyerAt: c.lastBuyerAt });
  }
  return out;
}

/**
 * What to tell the notification scheduler after a pass: ring the breaches not rung yet,
 * acknowledge the ones that ended (answered, reassigned to me, written again).
 */
export function breachPass(breaches: readonly Breach[], rung: ReadonlySet<string>): { show: Breach[]; ack: string[]; rung: Set<string> } {
  const now = new Set(breaches.map((b) => b.key));
  return { show: breaches.filter((b) => !rung.has(b.key)), ack: [...rung].filter((k) => !now.has(k)), rung: now };
}
