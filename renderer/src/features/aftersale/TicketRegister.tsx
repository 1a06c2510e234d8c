import { useMemo, useState } from 'react';
import { ResponsibleParty, TicketStatus, type TicketType } from '@shared/schemas/entities';
import { exportTable, filterTickets, lostParcelsPerMonth, qualityPerWeekByProduct, TICKET_COLUMNS, TICKET_TYPES, wrongOrMissingByResponsible } from '@shared/domain/cases';
import { shanghaiDate } from '@shared/lib/time';
import { useLive, agentsAndShops, ticketRegister } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { CommonFilters, RegisterGrid, commonFilter, saveRegister, useRegisterColumns, type CommonFilterValues } from '../cases';

/** 售后登记表: every case with filters, the summaries seed 003 asks for, and export. */
export function TicketRegister() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const rows = useLive(ticketRegister, [], []);
  const people = useLive(agentsAndShops, [], { agents: [], shops: [] });
  const [type, setType] = useState<TicketType | ''>('');
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [party, setParty] = useState<ResponsibleParty | ''>('');
  const [common, setCommon] = useState<CommonFilterValues>({ owner: '', shop: '', from: '', to: '' });
  const [error, setError] = useState<string | null>(null);
  const open = useTabs((s) => s.open);
  const shown = useMemo(() => {
    const keep = new Set(filterTickets(rows.map((r) => r.ticket), { type: type || null, status: status || null, responsibleParty: party || null, ...commonFilter(common) }).map((x) => x.id));
    return rows.filter((r) => keep.has(r.ticket.id));
  }, [rows, type, status, party, common]);
  const tickets = shown.map((r) => r.ticket);
  const lost = lostParcelsPerMonth(tickets);
  const quality = qualityPerWeekByProduct(tickets);
  const blame = wrongOrMissingByResponsible(tickets);
  const columns = useRegisterColumns(TICKET_COLUMNS);
  const exportAs = async (format: 'csv' | 'xlsx'): Promise<void> => {
    try {
      await saveRegister(format, `${t('aftersale.aftersaleView.register')}-${shanghaiDate(Date.now())}`, exportTable(TICKET_COLUMNS, shown, (k, v) => t(k, v ?? {})));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section className="register" data-testid="ticket-register">
      <div className="register__filters">
        <select value={type} onChange={(e) => setType(e.target.value as TicketType | '')} aria-label={t('cases.col.type')} data-testid="filter-type">
          <option value="">{t('cases.filter.allTypes')}</option>
          {TICKET_TYPES.map((x) => <option key={x} value={x}>{t(`aftersale.types.${x}`)}</option>)}
        </select>
        <select value={status} onChange={(e) => setStatus(e.target.value as TicketStatus | '')} aria-label={t('cases.col.status')} data-testid="filter-status">
          <option value="">{t('cases.filter.allStatus')}</option>
          {TicketStatus.options.map((s) => <option key={s} value={s}>{t(`aftersale.ticketStatus.${s}`)}</option>)}
        </select>
        <CommonFilters people={people} value={common} onChange={setCommon} />
        <select value={party} onChange={(e) => setParty(e.target.value as ResponsibleParty | '')} aria-label={t('cases.col.party')}>
          <option value="">{t('cases.filter.allParties')}</option>
          {ResponsibleParty.options.map((p) => <option key={p} value={p}>{t(`aftersale.parties.${p}`)}</option>)}
        </select>
        <span className="register__count" data-testid="ticket-register-count">{t('cases.rows', { n: shown.length })}</span>
        <button className="btn" onClick={() => void exportAs('csv')} data-testid="ticket-export-csv">{t('cases.exportCsv')}</button>
        <button className="btn" onClick={() => void exportAs('xlsx')} data-testid="ticket-export-xlsx">{t('cases.exportXlsx')}</button>
      </div>
      <div className="summaries">
        <div className="summary" data-testid="summary-quality">
          <h4>{t('aftersale.summary.quality')}</h4>
          {quality.length === 0 ? <p className="muted">{t('aftersale.summary.none')}</p> : (
            <table><tbody>{quality.map((q) => <tr key={`${q.week}${q.product}`}><td>{t('aftersale.summary.week', { week: q.week })}</td><td>{q.product || '—'}</td><td>{q.count}</td></tr>)}</tbody></table>
          )}
        </div>
        <div className="summary" data-testid="summary-lost">
          <h4>{t('aftersale.summary.lost')}</h4>
          {lost.length === 0 ? <p className="muted">{t('aftersale.summary.none')}</p> : (
            <table><tbody>{lost.map((l) => <tr key={l.month}><td>{l.month}</td><td>{l.count}</td></tr>)}</tbody></table>
          )}
        </div>
        <div className="summary" data-testid="summary-blame">
          <h4>{t('aftersale.summary.blame')}</h4>
          {blame.length === 0 ? <p className="muted">{t('aftersale.summary.none')}</p> : (
            <table><tbody>{blame.map((b) => <tr key={b.responsible}><td>{b.responsible || t('aftersale.summary.unassigned')}</td><td>{t('aftersale.summary.missingN', { n: b.missing })}</td><td>{t('aftersale.summary.wrongN', { n: b.wrong })}</td></tr>)}</tbody></table>
          )}
        </div>
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
      <RegisterGrid rows={shown} columns={columns} testId="ticket-grid" rowKey={(r) => r.ticket.id} onOpen={(r) => open({ entity: 'case', id: r.ticket.id }, `${t(`aftersale.types.${r.ticket.type}`)} ${r.buyerNick}`)} />
    </section>
  );
}
