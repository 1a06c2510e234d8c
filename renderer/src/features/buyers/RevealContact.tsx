import { useState } from 'react';
import type { Agent, Buyer } from '@shared/schemas/entities';
import { formatShanghaiShort } from '@shared/lib/time';
import { listAgents, useLive, auditOf, revealBuyerContact, useSharedLive } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors } from '../../i18n';
import { Field, FormProblems } from '../../ui';

/** Masked phone and address; showing the full value asks why and writes an audit entry first. */
export function RevealContact({ buyer, agent }: { buyer: Buyer; agent: Agent }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'phone' | 'address' | null>(null);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<Partial<Record<'phone' | 'address', string>>>({});
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const log = useLive(() => auditOf(buyer.id), [buyer.id], []);
  const agents = useSharedLive(listAgents, []);

  const confirm = async (): Promise<void> => {
    if (!asking) return;
    try {
      const value = await revealBuyerContact(buyer.id, asking, reason, { agentId: agent.id, now: Date.now() });
      setShown((s) => ({ ...s, [asking]: value }));
      setAsking(null);
      setReason('');
      setErrors(NO_ERRORS);
    } catch (e) {
      setErrors(fieldErrors(t, e, ['audit.reason']));
    }
  };

  const row = (field: 'phone' | 'address', masked: string) => (
    <>
      <dt>{t(`buyers.reveal.${field}`)}</dt>
      <dd>
        <span data-testid={`buyer-${field}`}>{shown[field] ?? masked ?? '—'}</span>
        {!shown[field] && buyer.contactSecret ? <button className="link" onClick={() => { setAsking(field); setErrors(NO_ERRORS); }}>{t('buyers.reveal.show')}</button> : null}
      </dd>
    </>
  );

  return (
    <section>
      <dl className="buyer-panel__facts">
        {row('phone', buyer.phoneMasked)}
        {row('address', buyer.addressMasked)}
      </dl>
      {asking ? (
        <form className="reveal" onSubmit={(e) => { e.preventDefault(); void confirm(); }}>
          <Field label={t('buyers.reveal.why')} htmlFor="reveal-reason" hint={t('buyers.reveal.audited')} error={errors.byField['audit.reason']}>
            <input autoFocus value={reason} onChange={(e) => setReason(e.target.value)} maxLength={100} placeholder={t('buyers.reveal.hint')} />
          </Field>
          <div className="reveal__actions">
            <button type="submit" className="btn btn--small btn--primary">{t('buyers.reveal.confirm')}</button>
            <button type="button" className="btn btn--small" onClick={() => setAsking(null)}>{t('buyers.cancel')}</button>
          </div>
          <FormProblems lines={errors.rest} />
        </form>
      ) : null}
      {log.length > 0 ? (
        <details className="reveal-log">
          <summary>{t('buyers.reveal.log', { count: log.length })}</summary>
          <ul data-testid="reveal-log">
            {log.map((a) => (
              <li key={a.id}>{formatShanghaiShort(a.at)} · {agents.find((x) => x.id === a.agentId)?.name ?? a.agentId} · {t(`buyers.reveal.${a.action === 'reveal:phone' ? 'phone' : 'address'}`)} · {a.reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
