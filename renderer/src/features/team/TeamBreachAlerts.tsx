import { useEffect, useRef } from 'react';
import { breachPass, teamBreaches } from '@shared/domain/team';
import { agentsAndShops, conversationWithParties, useLive, useSharedLive, waitingConversations } from '../../data';
import { getHost } from '../../host';
import { useDuration, useTranslation } from '../../i18n';
import { useNow } from '../../ui/useNow';

/** Repeat a breach until it ends, as the 接待 alarm repeats a buyer over the line. */
const REPEAT_MS = 60_000;

/**
 * A 3-minute breach anywhere in the team reaches the supervisor's tray (issue 13 §5): a buyer
 * handed to a colleague and still waiting past the line rings here through the host's one
 * notification scheduler, repeats until it ends, and is acknowledged when the buyer is
 * answered, written again or handed to the supervisor (whose own 接待 alarm then rings).
 * Clicking it opens the 团队 tab.
 */
export function TeamBreachAlerts({ agentId }: { agentId: string }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const rows = useSharedLive(waitingConversations, null);
  const team = useLive(() => agentsAndShops(), [], null);
  const now = useNow(5_000);
  const rung = useRef(new Set<string>());

  useEffect(() => {
    if (!rows || !team) return;
    const breaches = teamBreaches(rows, agentId, now);
    const pass = breachPass(breaches, rung.current);
    rung.current = pass.rung;
    const host = getHost();
    for (const key of pass.ack) host.send('notify:ack', { key });
    for (const b of pass.show) {
      const agent = team.agents.find((a) => a.id === b.agentId)?.name ?? '';
      void conversationWithParties(b.conversationId).then((row) => {
        if (!rung.current.has(b.key)) return; // ended while the names were read
        host.send('notify:show', {
          key: b.key,
          title: t('team.breach.title', { agent, nick: row?.buyer?.nick ?? '' }),
          body: t('team.breach.body', { wait: duration(Math.max(0, now - b.lastBuyerAt)), shop: row?.shop?.name ?? '' }).slice(0, 500),
          target: { tab: 'team' },
          repeatEveryMs: REPEAT_MS,
        });
      });
    }
  }, [rows, team, now, agentId, t, duration]);

  // Leaving the 团队 role (sign-out, another agent signs in): the breaches rung here end with it.
  useEffect(() => {
    const held = rung;
    return () => {
      for (const key of held.current) getHost().send('notify:ack', { key });
      held.current = new Set();
    };
  }, []);
  return null;
}
