import { useState } from 'react';
import type { Agent, Buyer } from '@shared/schemas/entities';
import { formatShanghaiShort } from '@shared/lib/time';
import { listAgents, useLive, auditOf, revealBuyerContact, useSharedLive } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';

/** Masked phone and address; showing the full value asks why and writes an audit entry first. */
export function RevealContact({ buyer, agent }: { buyer: Buyer; agent: Agent }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [asking, setAsking] = useState<'phone' | 'address' | null>(null);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<Partial<Record<'phone' | 'address', string>>>({});
  const [error, setError] = useState<string | null>(null);
  const log = useLive(() => auditOf(buyer.id), [buyer.id], []);
  const agents = useSharedLive(listAgents, []);

  const confirm = async (): Promise<void> => {
    if (!asking) return;
    try {
      const value = await revealBuyerContact(buyer.id, asking, reason, { agentId: agent.id, now: Date.now() });
      setShown((s) => ({ ...s, [asking]: value }));
      setAsking(null);
      setReason('');
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const row = (field: 'phone' | 'address', masked: string) => (
    <>
      <dt>{t(`buyers.reveal.${field}`)}</dt>
      <dd>
        <span data-testid={`buyer-${field}`}>{shown[field] ?? masked ?? '—'}</span>
        {!shown[field] && buyer.contactSecret ? <button className="link" onClick={() => { setAsking(field); setError(null); }}>{t('buyers.reveal.show')}</button> : null}
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
          <label htmlFor="reveal-reason">{t('buyers.reveal.why')}</label>
          <input id="reveal-reason" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} maxLength={100} placeholder={t('buyers.reveal.hint')} />
          <button type="submit" className="btn btn--small btn--primary">{t('buyers.reveal.confirm')}</button>
          <button type="button" className="btn btn--small" onClick={() => setAsking(null)}>{t('buyers.cancel')}</button>
          <p className="muted">{t('buyers.reveal.audited')}</p>
          {error ? <div className="error" role="alert">{error}</div> : null}
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
