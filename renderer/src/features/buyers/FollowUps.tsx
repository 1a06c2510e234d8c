import { useState } from 'react';
import type { Agent, Buyer, Reminder } from '@shared/schemas/entities';
import { fromShanghai, shanghaiDate } from '@shared/lib/time';
import { addFollowUp, completeFollowUp } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { Field } from '../../ui';

/** Dated follow-ups ("baby due in March → remind in February"); due ones show in the tray. */
export function FollowUps({ buyer, items, agent }: { buyer: Buyer; items: Reminder[]; agent: Agent }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [label, setLabel] = useState('');
  const [date, setDate] = useState('');
  // Which input a refusal is about (it stands under that input), or the whole form.
  const [error, setError] = useState<{ on: 'label' | 'date' | null; text: string } | null>(null);
  const ctx = () => ({ agentId: agent.id, now: Date.now() });

  const add = async (): Promise<void> => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!label.trim()) return setError({ on: 'label', text: t('buyers.followUp.needLabel') });
    if (!m) return setError({ on: 'date', text: t('buyers.followUp.needDate') });
    try {
      await addFollowUp(buyer, label, fromShanghai(Number(m[1]), Number(m[2]), Number(m[3]), 9, 0), ctx());
      setLabel('');
      setDate('');
      setError(null);
    } catch (e) {
      setError({ on: null, text: errorText(e) });
    }
  };

  return (
    <section>
      <h4>{t('buyers.followUp.title')}</h4>
      <ul className="buyer-panel__list" data-testid="follow-ups">
        {items.map((r) => (
          <li key={r.id} className={r.state === 'done' ? 'done' : ''}>
            <span>{shanghaiDate(r.dueAt)} · {r.label}</span>
            {r.state === 'due' ? <button className="link" onClick={() => void completeFollowUp(r, ctx())}>{t('buyers.followUp.done')}</button> : <span className="muted">{t('buyers.followUp.doneMark')}</span>}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <Field label={t('buyers.followUp.label')} error={error?.on === 'label' ? error.text : null}>
          <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder={t('buyers.followUp.example')} maxLength={100} />
        </Field>
        <Field label={t('buyers.followUp.date')} error={error?.on === 'date' ? error.text : null}>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <button type="submit" className="btn btn--small">{t('buyers.followUp.add')}</button>
      </form>
      {error && error.on === null ? <div className="error" role="alert">{error.text}</div> : null}
    </section>
  );
}
