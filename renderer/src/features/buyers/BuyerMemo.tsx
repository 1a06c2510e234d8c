import { useEffect, useState } from 'react';
import { BUYER_MEMO_MAX } from '@shared/schemas/entities';
import type { Agent, Buyer } from '@shared/schemas/entities';
import { setBuyerNotes } from '../../data';
import { useTabs } from '../../state/tabs';
import { useTranslation } from '../../i18n';

/**
 * The buyer's one-line memo (客户备注, e.g. "只发顺丰"): short enough to be pinned on the queue
 * item and the chat head, so whoever serves the buyer sees it before answering. Longer
 * knowledge belongs in the buyer's shared note, one click away in the buyer tab.
 * Saved on blur and on Enter, so switching buyers never drops what was typed.
 */
export function BuyerMemo({ buyer, agent }: { buyer: Buyer; agent: Agent }) {
  const { t } = useTranslation();
  const open = useTabs((s) => s.open);
  const [text, setText] = useState(buyer.notes);
  useEffect(() => setText(buyer.notes), [buyer.id, buyer.notes]);
  const save = (): void => {
    const next = text.trim();
    if (next !== buyer.notes) void setBuyerNotes(buyer.id, next, { agentId: agent.id, now: Date.now() });
  };
  useEffect(() => () => save(), []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <section>
      <h4>
        {t('buyer.notes')}
        <button className="link buyer-panel__more" onClick={() => open({ entity: 'buyer', id: buyer.id }, buyer.nick)} data-testid="buyer-note-open">{t('buyers.openNote')}</button>
      </h4>
      <input
        className="buyer-panel__memo"
        aria-label={t('buyer.notes')}
        placeholder={t('buyers.memoHint')}
        maxLength={BUYER_MEMO_MAX}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => { if (e.key === 'Enter') save(); }}
      />
    </section>
  );
}
