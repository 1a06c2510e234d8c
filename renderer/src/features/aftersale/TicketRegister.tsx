import { lostParcelsPerMonth, qualityPerWeekByProduct, TICKET_REGISTER, wrongOrMissingByResponsible } from '@shared/domain/cases';
import type { Ticket } from '@shared/schemas/entities';
import { useLive, ticketRegister } from '../../data';
import { useTranslation } from '../../i18n';
import { CaseRegister } from '../cases';

/** 售后登记表: every case with filters, the summaries seed 003 asks for, and export. */
export function TicketRegister() {
  const rows = useLive(ticketRegister, [], []);
  return <CaseRegister spec={TICKET_REGISTER} rows={rows} summaries={(shown) => <TicketSummaries tickets={shown.map((r) => r.ticket)} />} />;
}

/** Quality problems per week and product, lost parcels per month, missing/wrong items per person. */
function TicketSummaries({ tickets }: { tickets: Ticket[] }) {
  const { t } = useTranslation();
  const quality = qualityPerWeekByProduct(tickets);
  const lost = lostParcelsPerMonth(tickets);
  const blame = wrongOrMissingByResponsible(tickets);
  const none = <p className="muted">{t('aftersale.summary.none')}</p>;
  return (
    <>
      <div className="summary" data-testid="summary-quality">
        <h4>{t('aftersale.summary.quality')}</h4>
        {quality.length === 0 ? none : <table><tbody>{quality.map((q) => <tr key={`${q.week}${q.product}`}><td>{t('aftersale.summary.week', { week: q.week })}</td><td>{q.product || '—'}</td><td>{q.count}</td></tr>)}</tbody></table>}
      </div>
      <div className="summary" data-testid="summary-lost">
        <h4>{t('aftersale.summary.lost')}</h4>
        {lost.length === 0 ? none : <table><tbody>{lost.map((l) => <tr key={l.month}><td>{l.month}</td><td>{l.count}</td></tr>)}</tbody></table>}
      </div>
      <div className="summary" data-testid="summary-blame">
        <h4>{t('aftersale.summary.blame')}</h4>
        {blame.length === 0 ? none : <table><tbody>{blame.map((b) => <tr key={b.responsible}><td>{b.responsible || t('aftersale.summary.unassigned')}</td><td>{t('aftersale.summary.missingN', { n: b.missing })}</td><td>{t('aftersale.summary.wrongN', { n: b.wrong })}</td></tr>)}</tbody></table>}
      </div>
    </>
  );
}
