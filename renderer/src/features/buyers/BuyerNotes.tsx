import { useEffect, useState } from 'react';
import type { Agent, Buyer } from '@shared/schemas/entities';
import { setBuyerNotes } from '../../data/presale/buyers';
import { useTranslation } from '../../i18n';

/** Free notes about the buyer, saved when the field loses focus (nothing typed is lost on switch). */
export function BuyerNotes({ buyer, agent }: { buyer: Buyer; agent: Agent }) {
  const { t } = useTranslation();
  const [text, setText] = useState(buyer.notes);
  useEffect(() => setText(buyer.notes), [buyer.id, buyer.notes]);
  const save = (): void => {
    if (text !== buyer.notes) void setBuyerNotes(buyer.id, text, { agentId: agent.id, now: Date.now() });
  };
  useEffect(() => () => save(), []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <section>
      <h4>{t('buyer.notes')}</h4>
      <textarea className="buyer-panel__notes" aria-label={t('buyer.notes')} rows={2} value={text} onChange={(e) => setText(e.target.value)} onBlur={save} />
    </section>
  );
}
