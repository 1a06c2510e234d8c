import { useMemo } from 'react';
import { drillTable, factsBehind, type FactKind, type ReportFacts, type TableWords } from '@shared/domain/reports';
import { shanghaiDate } from '@shared/lib/time';
import { drillNames, useLive } from '../../data';
import { useTranslation } from '../../i18n';
import { Dialog } from '../../ui';
import { useTabs } from '../../state/tabs';
import { saveTable } from '../export';
import type { Drill } from './Charts';
import { useNames } from './useReportData';

const SHOWN = 300;
const ENTITY: Record<FactKind, 'conversation' | 'order' | 'case'> = {
  visits: 'conversation', rounds: 'conversation', consultations: 'conversation', outcomes: 'conversation', payments: 'order', paidOrders: 'order', cases: 'case', reviews: 'case',
};

/** The records behind a figure or a chart point: exactly the list it was computed from, each row opening its chat, order or case. */
export function DrillDialog({ drill, facts, onClose }: { drill: Drill; facts: ReportFacts; onClose: () => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const open = useTabs((s) => s.open);
  const list = useMemo(() => {
    const all = factsBehind(facts, drill.kind, drill.cell) as unknown[];
    return drill.keep ? all.filter(drill.keep as (x: unknown) => boolean) : all;
  }, [facts, drill]);
  const ids = useMemo(() => {
    const buyers: string[] = [];
    const orders: string[] = [];
    for (const f of list as Array<{ buyerId?: string; orderId?: string | null; id?: string }>) {
      if (f.buyerId) buyers.push(f.buyerId);
      if (drill.kind === 'payments' && f.orderId) orders.push(f.orderId);
      if (drill.kind === 'paidOrders' && f.id) orders.push(f.id);
    }
    return { buyers, orders };
  }, [list, drill.kind]);
  const looked = useLive(() => drillNames(ids.buyers, ids.orders), [ids], null);
  const words: TableWords = useMemo(() => ({
    label: (k) => t(k),
    agent: names.agent,
    shop: names.shop,
    buyer: (id) => looked?.buyers.get(id) ?? id,
    order: (id) => looked?.orders.get(id) ?? id,
  }), [t, names, looked]);
  const table = useMemo(() => drillTable(drill.kind, list as never, words), [drill.kind, list, words]);
  const fileName = `${t('reports.title')}-${drill.title}-${shanghaiDate(Date.now())}`.replace(/[\\/:*?"<>|·\s]+/g, '-');

  return (
    <Dialog title={drill.title} onClose={onClose} closeLabel={t('dialog.close')} className="drill" testId="drill-dialog">
      <div className="drill__bar">
        <span data-testid="drill-count">{t('reports.drill.count', { count: table.rows.length })}</span>
        <button type="button" className="btn btn--small" onClick={() => void saveTable('csv', fileName, table)} data-testid="drill-export-csv">CSV</button>
        <button type="button" className="btn btn--small" onClick={() => void saveTable('xlsx', fileName, table)} data-testid="drill-export-xlsx">XLSX</button>
      </div>
      <div className="drill__scroll">
        <table className="table table--dense" data-testid="drill-table">
          <thead><tr>{table.header.map((h) => <th key={h}>{h}</th>)}</tr></thead>
          <tbody>
            {table.rows.slice(0, SHOWN).map((row, i) => (
              <tr key={`${table.ids[i]}-${i}`} data-testid="drill-row" className="drill__row" tabIndex={0}
                onClick={() => { open({ entity: ENTITY[drill.kind], id: table.ids[i] ?? '' }, String(row[0] ?? '')); onClose(); }}
                onKeyDown={(e) => { if (e.key === 'Enter') { open({ entity: ENTITY[drill.kind], id: table.ids[i] ?? '' }, String(row[0] ?? '')); onClose(); } }}>
                {row.map((c, j) => <td key={j}>{c === null ? '' : String(c)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
        {table.rows.length > SHOWN ? <p className="muted">{t('reports.drill.more', { shown: SHOWN, count: table.rows.length })}</p> : null}
      </div>
    </Dialog>
  );
}
