import { useState } from 'react';
import type { Agent, Buyer } from '@shared/schemas/entities';
import { useLive, auditOf, revealBuyerContact } from '../../data';
import { useTranslation } from '../../i18n';
import { RevealReasonForm } from './RevealReasonForm';
import { RevealLog } from './RevealLog';

/** Masked phone and address; showing the full value asks why and writes an audit entry first. */
export function RevealContact({ buyer, agent }: { buyer: Buyer; agent: Agent }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'phone' | 'address' | null>(null);
  const [shown, setShown] = useState<Partial<Record<'phone' | 'address', string>>>({});
  const log = useLive(() => auditOf(buyer.id), [buyer.id], []);

  const confirm = async (field: 'phone' | 'address', reason: string): Promise<void> => {
    const value = await revealBuyerContact(buyer.id, field, reason, { agentId: agent.id, now: Date.now() });
    setShown((s) => ({ ...s, [field]: value }));
    setAsking(null);
  };

  const row = (field: 'phone' | 'address', masked: string) => (
    <>
      <dt>{t(`buyers.reveal.${field}`)}</dt>
      <dd>
        <span data-testid={`buyer-${field}`}>{shown[field] ?? masked ?? '—'}</span>
        {!shown[field] && buyer.contactSecret ? <button className="link" onClick={() => setAsking(field)}>{t('buyers.reveal.show')}</button> : null}
      </dd>
    </>
  );

  return (
    <section>
      <dl className="buyer-panel__facts">
        {row('phone', buyer.phoneMasked)}
        {row('address', buyer.addressMasked)}
      </dl>
      {asking ? <RevealReasonForm key={asking} onConfirm={(reason) => confirm(asking, reason)} onCancel={() => setAsking(null)} /> : null}
      <RevealLog entries={log} what={(a) => t(`buyers.reveal.${a.action === 'reveal:phone' ? 'phone' : 'address'}`)} />
    </section>
  );
}
