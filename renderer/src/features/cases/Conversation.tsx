import type { Message } from '@shared/schemas/entities';
import { formatShanghaiShort } from '@shared/lib/time';
import { useTranslation } from '../../i18n';

/** The buyer's conversation shown beside a case (read-only; chat text rendered as text only). */
export function ConversationBeside({ messages, buyerNick }: { messages: Message[]; buyerNick: string }) {
  const { t } = useTranslation();
  return (
    <aside className="case__chat" aria-label={t('cases.conversation')}>
      <h3>{t('cases.conversation')}</h3>
      {messages.length === 0 ? <p className="muted">{t('cases.noMessages')}</p> : (
        <ol className="chat__history" data-testid="case-conversation">
          {messages.map((m) => (
            <li key={m.id} className={`msg msg--${m.from}`}>
              <span className="msg__who">{m.from === 'buyer' ? buyerNick : t(`from.${m.from}`)}</span>
              <span className="msg__text">{m.text}</span>
              <time className="msg__at">{formatShanghaiShort(m.at)}</time>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
