import { useState } from 'react';
import { formatShanghaiShort } from '@shared/lib/time';
import type { AuditEntry, Buyer, Order } from '@shared/schemas/entities';
import { revealOrderContact } from '../../data';
import { useTranslation } from '../../i18n';
import { RevealLog, RevealReasonForm } from '../buyers';
import { useWriteContext } from '../../state/writeContext';

/** "李*": the family name only, until revealed. */
const maskName = (name: string): string => { const c = [...name]; return c.length <= 1 ? name : c[0] + '*'.repeat(c.length - 1); };

/** The recipient's name where it is not sealed (the store seals it: then the buyer's nick is masked instead). */
const clearName = (c: { name: string } | string | null | undefined): string => (c && typeof c !== 'string' ? c.name : '');

/**
 * This order's recipient, phone and address (the order's own, not the buyer's: one buyer sends
 * orders to several people), masked until the agent reveals it (each reveal is audited with a
 * reason). A changed address shows as 修改后的收货地址 with the old one and who changed it.
 */
export function AddressSection({ order, buyer, reveals }: { order: Order; buyer: Buyer | undefined; reveals: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const ctx = useWriteContext();
  const [shown, setShown] = useState<{ recipient: string; phone: string; address: string; old: string | null } | null>(null);
  const [asking, setAsking] = useState(false);
  const changes = order.addressChanges ?? [];
  const last = changes[changes.length - 1];

  // Asks why first, as every reveal does; the data layer audits the reason (and refuses none).
  const reveal = async (reason: string): Promise<void> => {
    setShown(await revealOrderContact(order.id, reason, ctx()));
    setAsking(false);
  };

  return (
    <section className="osection" aria-label={t('order.address')}>
      <h3>{last ? t('orders.address.changed') : t('order.address')}</h3>
      <dl className="detail__facts" data-testid="order-address">
        <dt>{t('orders.address.recipient')}</dt>
        <dd>{shown ? shown.recipient : maskName(clearName(order.recipient) || clearName(buyer?.contactSecret) || buyer?.nick || '—')}</dd>
        <dt>{t('orders.address.phone')}</dt>
        <dd>{shown ? shown.phone : (order.phoneMasked || buyer?.phoneMasked || '—')}</dd>
        <dt>{last ? t('orders.address.changed') : t('order.address')}</dt>
        <dd data-testid="address-current">{shown ? shown.address : order.addressMasked}</dd>
        {last ? (
          <>
            <dt>{t('orders.address.old')}</dt>
            <dd className="muted" data-testid="address-old">{shown?.old ?? last.fromMasked}</dd>
            <dt>{t('orders.address.changedBy')}</dt>
            <dd>{t('orders.address.changedByText', { name: last.byName, at: formatShanghaiShort(last.at), n: changes.length })}</dd>
          </>
        ) : null}
      </dl>
      <p>
        {shown ? <span className="muted">{t('orders.address.revealed')}</span> : (
          <button type="button" className="btn" onClick={() => setAsking(true)} data-testid="reveal-address">{t('orders.address.reveal')}</button>
        )}{' '}
        <span className="muted">{t('orders.address.reveals', { n: reveals.length })}</span>
      </p>
      {asking && !shown ? <RevealReasonForm onConfirm={reveal} onCancel={() => setAsking(false)} /> : null}
      <RevealLog entries={reveals} what={() => t('order.address')} testId="order-reveal-log" />
    </section>
  );
}
