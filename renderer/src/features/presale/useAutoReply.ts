import { useEffect, useRef } from 'react';
import { autoReplyReason } from '@shared/domain/presale';
import type { Conversation } from '@shared/schemas/entities';
import { sendShopAutoReply } from '../../data';
import { useSession } from '../../state/session';

/**
 * Sends the auto reply the rule asks for (busy, away, or overload) in the shop's own words, once per round. Runs over
 * the queue on every change and every few seconds; the repository re-checks inside its
 * transaction so a second window never doubles it.
 */
/** At most this many auto replies per pass (longest waits first), so a 10,000-buyer burst stays smooth. */
const PER_PASS = 10;

export function useAutoReply(rows: Conversation[] | null, agentId: string, now: number): void {
  const presence = useSession((s) => s.presence);
  const inFlight = useRef(new Set<string>());
  useEffect(() => {
    if (!rows) return;
    let sent = 0;
    for (const c of rows) {
      if (sent >= PER_PASS) break;
      const reason = autoReplyReason({ presence, status: c.status, lastBuyerAt: c.lastBuyerAt, lastAutoAt: c.lastAutoAt ?? null, waitingCount: rows.length, now });
      if (!reason || inFlight.current.has(c.id)) continue;
      inFlight.current.add(c.id);
      sent++;
      void sendShopAutoReply(c.id, reason, { agentId, now: Date.now() })
        .catch((e: unknown) => console.error('auto reply', e))
        .finally(() => inFlight.current.delete(c.id));
    }
  }, [rows, presence, agentId, now]);
}
