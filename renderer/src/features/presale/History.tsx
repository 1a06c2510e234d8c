import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { DeliveryView } from '@shared/domain/outbox';
import type { Agent, Message } from '@shared/schemas/entities';
import { groupByDay } from '@shared/domain/presale';
import { shanghaiDate } from '@shared/lib/time';
import { useTranslation } from '../../i18n';
import { MessageLine } from './MessageLine';
import { VirtualHistory } from './VirtualHistory';

/** Above this many messages only the rows in view are rendered (a year-long chat stays instant). */
export const VIRTUAL_FROM = 80;

/**
 * The conversation history: day separators, who said what (buyer nick, agent name, auto reply,
 * system). Text is rendered as text only; long messages wrap and never freeze the pane. A long
 * history is virtualised, so switching to it paints the last screenful first.
 */
export function History({ messages, buyerNick, agents, conversationId, deliveries }: { messages: Message[]; buyerNick: string | undefined; agents: Agent[]; conversationId: string; deliveries: ReadonlyMap<string, DeliveryView> }) {
  const { t } = useTranslation();
  const names = useMemo(() => new Map(agents.map((a) => [a.id, a.name])), [agents]);
  const who = useCallback((m: Message): string => {
    if (m.from === 'buyer') return buyerNick ?? t('from.buyer');
    if (m.from === 'agent') return (m.agentId && names.get(m.agentId)) || t('from.agent');
    return t(`from.${m.from}`);
  }, [buyerNick, names, t]);
  const measured = useRef<string | null>(null);

  useLayoutEffect(() => {
    // Measured for the benchmark: conversation picked → its history committed for paint (never asserted).
    const pick = performance.getEntriesByName('conversation-pick').at(-1);
    if (messages.length > 0 && measured.current !== conversationId && pick) {
      measured.current = conversationId;
      performance.measure('conversation-switch', { start: pick.startTime, end: performance.now() });
      performance.clearMarks('conversation-pick');
    }
  }, [messages, conversationId]);

  return messages.length > VIRTUAL_FROM ? <VirtualHistory messages={messages} who={who} deliveries={deliveries} /> : <PlainHistory messages={messages} who={who} deliveries={deliveries} />;
}

function PlainHistory({ messages, who, deliveries }: { messages: Message[]; who: (m: Message) => string; deliveries: ReadonlyMap<string, DeliveryView> }) {
  const list = useRef<HTMLOListElement | null>(null);
  const days = useMemo(() => groupByDay(messages), [messages]);
  useLayoutEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages]);
  return (
    <ol className="chat__history" aria-live="polite" ref={list} data-testid="history">
      {days.map((d) => (
        <li key={d.day} className="day">
          <div className="day__sep" role="separator">{shanghaiDate(d.items[0]?.at ?? 0)}</div>
          <ol className="day__msgs">
            {d.items.map((m) => <li key={m.id} className={`msg msg--${m.from}`}><MessageLine m={m} who={who(m)} delivery={deliveries.get(m.id)} /></li>)}
          </ol>
        </li>
      ))}
    </ol>
  );
}
