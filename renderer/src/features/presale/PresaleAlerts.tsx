import { useEffect, useMemo, useRef } from 'react';
import { alertPass, type AlertAction, type Announced } from '@shared/domain/presale';
import { conversationWithParties, waitingConversations, readMutedShops, useSharedLive } from '../../data';
import { getHost } from '../../host';
import { useTranslation } from '../../i18n';
import { useNow } from '../../ui/useNow';
import { chime } from './sound';
import { createStandingBurst } from './standingBurst';
import { useAutoReply } from './useAutoReply';

/** Repeat interval for buyers over the 3-minute line, until the buyer is answered. */
export const OVER_REPEAT_MS = 60_000;
/** More new alerts than this in one pass (a 双十一 burst) become one summary notification. */
const PER_PASS = 5;

/**
 * Alerts that cannot be missed, on whichever tab the agent is: a new waiting buyer chimes and
 * raises a notification; over 3 minutes the host repeats it until acknowledged, which happens
 * when the buyer leaves the queue. Clicking a notification opens that conversation. Every key
 * names the waiting round and level (`alertKey`), so the host's scheduler — which never rings
 * an acknowledged key again — rings for an escalation and for a buyer who writes again.
 */
export function PresaleAlerts({ agentId }: { agentId: string }) {
  const { t } = useTranslation();
  // Conversations only (no buyer join): this runs on every tab, over queues of thousands;
  // the same live read as the 接待 queue (shared, read once).
  const rows = useSharedLive(waitingConversations, null);
  const muted = useSharedLive(readMutedShops, []);
  const now = useNow(5000);
  const memory = useRef(new Map<string, Announced>());
  /** The burst notification standing now, if any: acknowledged when the queue empties or a new burst replaces it. */
  const standing = useMemo(() => createStandingBurst(), []);
  const primed = useRef(false);
  // Auto replies run here too, so they go out whichever tab the agent is on. Longest wait first.
  const mine = useMemo(() => rows?.filter((c) => !c.transfer || c.transfer.to === agentId) ?? null, [rows, agentId]);
  useAutoReply(mine, agentId, now);
  // What the alarm itself currently treats as muted (tests wait on it; a UI toggle may render sooner).
  useEffect(() => {
    document.documentElement.dataset.presaleMuted = String(muted.length);
  }, [muted]);

  useEffect(() => {
    if (!rows) return;
    const waiting = (mine ?? [])
      .map((c) => ({ id: c.id, shopId: c.shopId, lastBuyerAt: c.lastBuyerAt }));
    const { actions, memory: next } = alertPass(waiting, memory.current, new Set(muted), now);
    memory.current = next;
    // Buyers already waiting at sign-in are on screen in the queue; only later arrivals ring.
    if (!primed.current) {
      primed.current = true;
      return;
    }
    const host = getHost();
    const endBurst = (): void => {
      const key = standing.current();
      if (key) host.send('notify:ack', { key });
      standing.end();
    };
    const shows: Extract<AlertAction, { kind: 'show' }>[] = [];
    for (const a of actions) {
      if (a.kind === 'ack') host.send('notify:ack', { key: a.key });
      else shows.push(a);
    }
    if (shows.length === 0) {
      if (waiting.length === 0) endBurst();
      return;
    }
    chime();
    const individual = shows.length > PER_PASS ? [] : shows;
    if (individual.length === 0) {
      endBurst();
      host.send('notify:show', {
        key: standing.begin(now),
        title: t('presale.alert.burstTitle', { count: shows.length }),
        body: t('presale.alert.burstBody', { count: waiting.length }),
        target: { tab: 'presale' },
        repeatEveryMs: shows.some((s) => s.repeat) ? OVER_REPEAT_MS : null,
      });
      return;
    }
    for (const a of individual) {
      void conversationWithParties(a.id).then((row) => {
        // The buyer may have been answered (or the round escalated) while the names were being
        // read; showing now would leave a notification that no later pass acknowledges.
        if (memory.current.get(a.id)?.key !== a.key) return;
        host.send('notify:show', {
          key: a.key,
          title: t(a.level === 'over' ? 'presale.alert.overTitle' : 'presale.alert.newTitle', { nick: row?.buyer?.nick ?? '' }),
          body: `${row?.shop?.name ?? ''} · ${row?.conversation.lastPreview ?? ''}`.slice(0, 500),
          target: { entity: 'conversation', id: a.id },
          repeatEveryMs: a.repeat ? OVER_REPEAT_MS : null,
        });
      });
    }
  }, [rows, mine, muted, now, agentId, t, standing]);
  return null;
}
