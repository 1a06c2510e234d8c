import { useState } from 'react';
import type { Agent, Contact, ContactChannel } from '@shared/schemas/entities';
import { formatShanghaiShort } from '@shared/lib/time';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';
import { fromLocalInput } from './text';

/** The contact log of a case and the form that adds to it (channel, result, next contact time); a refusal shows under the form. */
export function ContactLog({ contacts, agents, onLog, blocked, defaultChannel = 'chat' }: {
  contacts: Contact[];
  agents: Agent[];
  onLog: (c: { channel: ContactChannel; result: string; nextAt: number | null }) => Promise<string | null>;
  /** Why no contact may be logged now (shown instead of enabling the button). */
  blocked?: string | null;
  defaultChannel?: ContactChannel;
}) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<ContactChannel>(defaultChannel);
  const [result, setResult] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = (id: string): string => agents.find((a) => a.id === id)?.name ?? '';
  const submit = async (): Promise<void> => {
    const e = await onLog({ channel, result, nextAt: fromLocalInput(next) });
    setError(e);
    if (!e) { setResult(''); setNext(''); }
  };
  return (
    <section className="case__section" data-testid="contact-log">
      <h3>{t('cases.contacts')}</h3>
      <ul className="contact-list">
        {contacts.map((c) => (
          <li key={c.id} data-testid="contact-item">
            <span className="badge">{t(`cases.channel.${c.channel}`)}</span> <span className="muted">{formatShanghaiShort(c.at)} {name(c.agentId)}</span> {c.result}
            {c.nextAt ? <span className="muted"> · {t('cases.nextAtShort', { at: formatShanghaiShort(c.nextAt) })}</span> : null}
          </li>
        ))}
        {contacts.length === 0 ? <li className="muted">{t('cases.noContacts')}</li> : null}
      </ul>
      {blocked ? <p className="notice" data-testid="contact-blocked" role="status">{blocked}</p> : null}
      {/* A form: Ctrl+Enter logs the contact from any field. */}
      <form className="case__form" noValidate onSubmit={(e) => { e.preventDefault(); if (!blocked) void submit(); }}>
        <Field label={t('cases.field.channel')}>
          <select value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)} data-testid="contact-channel">
            {(['chat', 'phone', 'sms'] as const).map((c) => <option key={c} value={c}>{t(`cases.channel.${c}`)}</option>)}
          </select>
        </Field>
        <Field label={t('cases.field.result')} className="grow">
          <input value={result} onChange={(e) => setResult(e.target.value)} data-testid="contact-result" />
        </Field>
        <Field label={t('cases.field.nextAt')}>
          <input type="datetime-local" value={next} onChange={(e) => setNext(e.target.value)} data-testid="contact-next" />
        </Field>
        <button type="submit" className="btn" disabled={!!blocked} data-testid="contact-add">{t('cases.logContact')}</button>
      </form>
      {error ? <div className="error" role="alert" data-testid="contact-error">{error}</div> : null}
    </section>
  );
}
