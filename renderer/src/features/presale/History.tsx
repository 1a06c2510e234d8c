import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Agent, Message } from '@shared/schemas/entities';
import { groupByDay } from '@shared/domain/presale';
import { formatShanghaiTime, shanghaiDate } from '@shared/lib/time';
import { useTranslation } from '../../i18n';

/**
 * The conversation history: day separators, who said what (buyer nick, agent name, auto reply,
 * system). Text is rendered as text only; long messages wrap and never freeze the pane.
 */
export function History({ messages, buyerNick, agents, conversationId }: { messages: Message[]; buyerNick: string | undefined; agents: Agent[]; conversationId: string }) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement | null>(null);
  const days = useMemo(() => groupByDay(messages), [messages]);
  const names = useMemo(() => new Map(agents.map((a) => [a.id, a.name])), [agents]);
  const who = (m: Message): string => {
    if (m.from === 'buyer') return buyerNick ?? t('from.buyer');
    if (m.from === 'agent') return (m.agentId && names.get(m.agentId)) || t('from.agent');
    return t(`from.${m.from}`);
  };
  const measured = useRef<string | null>(null);

  useLayoutEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
    // Measured for the benchmark: conversation picked → its history painted (never asserted).
    const pick = performance.getEntriesByName('conversation-pick').at(-1);
    if (messages.length > 0 && measured.current !== conversationId && pick) {
      measured.current = conversationId;
      performance.measure('conversation-switch', { start: pick.startTime, end: performance.now() });
      performance.clearMarks('conversation-pick');
    }
  }, [messages, conversationId]);

  return (
    <ol className="chat__history" aria-live="polite" ref={list} data-testid="history">
      {days.map((d) => (
        <li key={d.day} className="day">
          <div className="day__sep" role="separator">{shanghaiDate(d.items[0]?.at ?? 0)}</div>
          <ol className="day__msgs">
            {d.items.map((m) => (
              <li key={m.id} className={`msg msg--${m.from}`}>
                <span className="msg__who">{who(m)}{m.from === 'auto' ? <span className="badge badge--auto">{t('presale.autoMark')}</span> : null}</span>
                <span className="msg__text">{m.text}</span>
                <time className="msg__at">{formatShanghaiTime(m.at)}</time>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
