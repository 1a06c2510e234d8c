import { useMemo, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { ResponsibleParty, TicketStatus, TicketType } from '@shared/schemas/entities';
import { filterTickets, lostParcelsPerMonth, qualityPerWeekByProduct, TICKET_TYPES, wrongOrMissingByResponsible, type Cell } from '@shared/domain/cases';
import { formatShanghaiShort, shanghaiDate } from '@shared/lib/time';
import { useLive, agentsAndShops, ticketRegister, type TicketRow } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { yuan } from '../../ui/money';
import { CommonFilters, RegisterGrid, fromLocalInput, saveRegister, type CommonFilterValues } from '../reviews';

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
  const { owner, shop, from, to } = common;
  const [error, setError] = useState<string | null>(null);
  const open = useTabs((s) => s.open);
  const shown = useMemo(() => {
    const keep = new Set(filterTickets(rows.map((r) => r.ticket), {
      type: type || null, status: status || null, ownerId: owner || null, shopId: shop || null, responsibleParty: party || null,
      from: from ? fromLocalInput(`${from}T00:00`) : null, to: to ? (fromLocalInput(`${to}T00:00`) ?? 0) + 86_400_000 : null,
    }).map((x) => x.id));
    return rows.filter((r) => keep.has(r.ticket.id));
  }, [rows, type, status, owner, shop, party, from, to]);
  const tickets = shown.map((r) => r.ticket);
  const lost = lostParcelsPerMonth(tickets);
  const quality = qualityPerWeekByProduct(tickets);
  const blame = wrongOrMissingByResponsible(tickets);
  const columns = useMemo<ColumnDef<TicketRow, unknown>[]>(() => [
    { id: 'created', header: t('cases.col.created'), accessorFn: (r) => r.ticket.createdAt, cell: (c) => formatShanghaiShort(c.getValue() as number), size: 110 },
    { id: 'type', header: t('cases.col.type'), accessorFn: (r) => t(`cases.types.${r.ticket.type}`), size: 90 },
    { id: 'status', header: t('cases.col.status'), accessorFn: (r) => `${t(`cases.ticketStatus.${r.ticket.status}`)} · ${t(`cases.steps.${r.ticket.step}`)}`, size: 110 },
    { id: 'buyer', header: t('cases.col.buyer'), accessorFn: (r) => r.buyerNick, size: 120 },
    { id: 'order', header: t('cases.col.order'), accessorFn: (r) => r.orderNo, size: 170 },
    { id: 'product', header: t('cases.col.product'), accessorFn: (r) => r.ticket.product ?? '', size: 150 },
    { id: 'summary', header: t('cases.col.summary'), accessorFn: (r) => r.ticket.summary, size: 180 },
    { id: 'amount', header: t('cases.col.amount'), accessorFn: (r) => r.ticket.amountFen ?? -1, cell: (c) => ((c.getValue() as number) >= 0 ? yuan(c.getValue() as number) : ''), size: 80 },
    { id: 'responsible', header: t('cases.col.responsible'), accessorFn: (r) => [r.ticket.responsibleParty ? t(`cases.parties.${r.ticket.responsibleParty}`) : '', r.ticket.responsible ?? ''].filter(Boolean).join(' '), size: 110 },
    { id: 'owner', header: t('cases.col.owner'), accessorFn: (r) => r.ownerName, size: 70 },
    { id: 'shop', header: t('cases.col.shop'), accessorFn: (r) => r.shopName, size: 140 },
  ], [t]);
  const exportAs = async (format: 'csv' | 'xlsx'): Promise<void> => {
    const header = ['登记时间', '类型', '状态', '步骤', '买家', '订单编号', '商品', '问题', '处理结果', '退款(元)', '补发单号', '责任方', '责任人', '负责人', '店铺', '到期'];
    const data: Cell[][] = shown.map(({ ticket: x, buyerNick, orderNo, ownerName, shopName }) => [
      formatShanghaiShort(x.createdAt), t(`cases.types.${x.type}`), t(`cases.ticketStatus.${x.status}`), t(`cases.steps.${x.step}`), buyerNick, orderNo, x.product ?? '',
      x.summary, x.resolution ?? '', x.amountFen == null ? null : x.amountFen / 100, x.trackingNo ?? '', x.responsibleParty ? t(`cases.parties.${x.responsibleParty}`) : '',
      x.responsible ?? '', ownerName, shopName, formatShanghaiShort(x.dueAt),
    ]);
    try {
      await saveRegister(format, `售后登记表-${shanghaiDate(Date.now())}`, header, data);
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
          {TICKET_TYPES.map((x) => <option key={x} value={x}>{t(`cases.types.${x}`)}</option>)}
        </select>
        <select value={status} onChange={(e) => setStatus(e.target.value as TicketStatus | '')} aria-label={t('cases.col.status')} data-testid="filter-status">
          <option value="">{t('cases.filter.allStatus')}</option>
          {(['open', 'resolved', 'closed'] as const).map((s) => <option key={s} value={s}>{t(`cases.ticketStatus.${s}`)}</option>)}
        </select>
        <CommonFilters people={people} value={common} onChange={setCommon} />
        <select value={party} onChange={(e) => setParty(e.target.value as ResponsibleParty | '')} aria-label={t('cases.col.responsible')}>
          <option value="">{t('cases.filter.allParties')}</option>
          {(['warehouse', 'courier', 'buyer', 'supplier', 'shop'] as const).map((p) => <option key={p} value={p}>{t(`cases.parties.${p}`)}</option>)}
        </select>
        <span className="register__count" data-testid="ticket-register-count">{t('cases.rows', { n: shown.length })}</span>
        <button className="btn" onClick={() => void exportAs('csv')} data-testid="ticket-export-csv">{t('cases.exportCsv')}</button>
        <button className="btn" onClick={() => void exportAs('xlsx')} data-testid="ticket-export-xlsx">{t('cases.exportXlsx')}</button>
      </div>
      <div className="summaries">
        <div className="summary" data-testid="summary-quality">
          <h4>{t('cases.summary.quality')}</h4>
          {quality.length === 0 ? <p className="muted">{t('cases.summary.none')}</p> : (
            <table><tbody>{quality.map((q) => <tr key={`${q.week}${q.product}`}><td>{t('cases.summary.week', { week: q.week })}</td><td>{q.product || '—'}</td><td>{q.count}</td></tr>)}</tbody></table>
          )}
        </div>
        <div className="summary" data-testid="summary-lost">
          <h4>{t('cases.summary.lost')}</h4>
          {lost.length === 0 ? <p className="muted">{t('cases.summary.none')}</p> : (
            <table><tbody>{lost.map((l) => <tr key={l.month}><td>{l.month}</td><td>{l.count}</td></tr>)}</tbody></table>
          )}
        </div>
        <div className="summary" data-testid="summary-blame">
          <h4>{t('cases.summary.blame')}</h4>
          {blame.length === 0 ? <p className="muted">{t('cases.summary.none')}</p> : (
            <table><tbody>{blame.map((b) => <tr key={b.responsible}><td>{b.responsible || t('cases.summary.unassigned')}</td><td>{t('cases.summary.missingN', { n: b.missing })}</td><td>{t('cases.summary.wrongN', { n: b.wrong })}</td></tr>)}</tbody></table>
          )}
        </div>
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
      <RegisterGrid rows={shown} columns={columns} testId="ticket-grid" rowKey={(r) => r.ticket.id} onOpen={(r) => open({ entity: 'case', id: r.ticket.id }, `${t(`cases.types.${r.ticket.type}`)} ${r.buyerNick}`)} />
    </section>
  );
}
