import { successRates, useLive } from '../../data';
import { useTranslation } from '../../i18n';
import { Empty } from '../../ui/Empty';
import { formatYuan } from '@shared/lib/money';

type Group = 'agent' | 'shop' | 'day';

/**
 * 催付成功率 beside the response rate: orders paid after a reminder (within their auto-close
 * window) ÷ orders reminded, and the money those payments brought back, for the same period
 * and grouping. The rule itself is `paymentSuccessRate` in shared/domain/payments.
 */
export function PaymentReport({ from, until, groups, nameOf }: { from: number; until: number; groups: Group[]; nameOf: (kind: 'agent' | 'shop', id: string | null) => string }) {
  const { t } = useTranslation();
  const key = groups.join('+');
  const rows = useLive(() => successRates(from, groups, until), [from, Math.floor(until / 30_000), key], null);
  const total = useLive(() => successRates(from, [], until), [from, Math.floor(until / 30_000)], null);
  const all = total?.[0];
  const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  return (
    <section className="reports__section" data-testid="payment-report">
      <h2>{t('reports.payments.title')}</h2>
      <p className="muted">{t('reports.payments.rule')}</p>
      <div className="kpi" data-testid="payment-rate-total">
        <span className="kpi__value">{all ? pct(all.rate) : '—'}</span>
        <span className="kpi__label">{t('reports.payments.total', { paid: all?.paid ?? 0, reminded: all?.reminded ?? 0, amount: formatYuan(all?.paidFen ?? 0) })}</span>
      </div>
      {rows && rows.length === 0 ? <Empty title={t('reports.payments.none')} /> : null}
      {rows && rows.length > 0 ? (
        <table className="table" data-testid="payment-rate-table">
          <thead>
            <tr>
              {groups.includes('day') ? <th>{t('reports.col.day')}</th> : null}
              {groups.includes('shop') ? <th>{t('reports.col.shop')}</th> : null}
              {groups.includes('agent') ? <th>{t('reports.col.agent')}</th> : null}
              <th>{t('reports.payments.reminded')}</th><th>{t('reports.payments.paid')}</th><th>{t('reports.payments.rate')}</th><th>{t('reports.payments.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.agentId}|${r.shopId}|${r.day}`}>
                {groups.includes('day') ? <td>{r.day}</td> : null}
                {groups.includes('shop') ? <td>{nameOf('shop', r.shopId)}</td> : null}
                {groups.includes('agent') ? <td>{nameOf('agent', r.agentId)}</td> : null}
                <td>{r.reminded}</td><td>{r.paid}</td><td>{pct(r.rate)}</td><td>{formatYuan(r.paidFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
