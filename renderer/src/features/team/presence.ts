import { useEffect, useRef } from 'react';
import { HEARTBEAT_MS, presenceOf, waitsFor, type PresenceState } from '@shared/domain/team';
import { useSharedLive, waitingConversations } from '../../data';
import { getHost } from '../../host';
import { useAccount } from '../../state/account';
import { useSession } from '../../state/session';

/** How often the PC looks again (idle time passing changes the state without any event). */
const LOOK_MS = 10_000;

/**
 * The signed-in agent's presence, told to the shop server (issue 13 §5): at once when it
 * changes, and every HEARTBEAT_MS anyway so the board can tell a PC that went quiet. The rule
 * is `presenceOf` (idle on this PC, what the agent chose, how many buyers wait for them).
 */
export function usePresenceHeartbeat(agentId: string): void {
  const signedIn = useAccount((s) => s.signedIn !== null && !s.signedIn.offline);
  const chosen = useSession((s) => s.presence);
  const rows = useSharedLive(waitingConversations, null);
  const facts = useRef({ chosen, holding: 0, lastActiveAt: Date.now() });
  facts.current.chosen = chosen;
  facts.current.holding = rows?.filter((c) => waitsFor(c) === agentId).length ?? 0;
  const told = useRef<{ state: PresenceState; at: number } | null>(null);

  useEffect(() => {
    if (!signedIn) {
      told.current = null;
      return;
    }
    const active = (): void => {
      facts.current.lastActiveAt = Date.now();
    };
    const tell = (): void => {
      const now = Date.now();
      const state = presenceOf(facts.current, now);
      if (told.current && told.current.state === state && now - told.current.at < HEARTBEAT_MS) return;
      told.current = { state, at: now };
      void getHost().invoke('team:presence', { state });
    };
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, active, { passive: true, capture: true });
    tell();
    const timer = setInterval(tell, LOOK_MS);
    return () => {
      for (const e of events) window.removeEventListener(e, active, { capture: true });
      clearInterval(timer);
    };
  }, [signedIn]);

  // A choice in 接待 (在线 / 忙碌 / 离开) or a queue past the limit is said at once, not at the next look.
  const holdingNow = facts.current.holding;
  useEffect(() => {
    if (!signedIn || !told.current) return;
    const state = presenceOf(facts.current, Date.now());
    if (state === told.current.state) return;
    told.current = { state, at: Date.now() };
    void getHost().invoke('team:presence', { state });
  }, [signedIn, chosen, holdingNow]);
}
