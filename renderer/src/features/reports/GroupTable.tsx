import { figureRows, type FigureId, type GroupKey, type ReportFacts } from '@shared/domain/reports';
import { useMemo } from 'react';
import { useDuration, useTranslation } from '../../i18n';
import type { Drill } from './Charts';
import { figureDrill } from './FigureCards';
import { formatFigure } from './format';

/** The columns that fit beside the charts; the export carries every figure. */
const COLUMNS: readonly FigureId[] = ['served', 'responseRate', 'firstReply', 'consulted', 'ordered', 'paid', 'conversion', 'sales', 'perBuyer', 'paymentRate', 'refundRate', 'reviewModifyRate', 'notBought'];

/** Every figure per cell of the grouping; a click on a number lists the records behind it in that cell. */
export function GroupTable({ facts, groupBy, names, onDrill }: { facts: ReportFacts; groupBy: readonly GroupKey[]; names: { agent: (id: string | null) => string; shop: (id: string | null) => string }; onDrill: (d: Drill) => void }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const rows = useMemo(() => figureRows(facts, groupBy), [facts, groupBy]);
  const dims = (['day', 'hour', 'shop', 'agent'] as const).filter((g) => groupBy.includes(g));
  const label = (r: (typeof rows)[number]): string => dims.map((d) => (d === 'day' ? r.day : d === 'hour' ? `${r.hour}:00` : d === 'shop' ? names.shop(r.shopId) : names.agent(r.agentId))).join(' · ');
  return (
    <div className="group-table">
      <table className="table table--dense" data-testid="figure-table">
        <thead>
          <tr>
            {dims.map((d) => <th key={d}>{t(`reports.col.${d}`)}</th>)}
            {COLUMNS.map((id) => <th key={id} title={t(`reports.fig.${id}.def`)}>{t(`reports.fig.${id}.short`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.agentId}|${r.shopId}|${r.day}|${r.hour}`}>
              {dims.map((d) => <td key={d}>{d === 'day' ? r.day : d === 'hour' ? `${r.hour}:00` : d === 'shop' ? names.shop(r.shopId) : names.agent(r.agentId)}</td>)}
              {COLUMNS.map((id) => (
                <td key={id} className="num">
                  <button type="button" className="link" data-testid={`cell-${id}`} onClick={() => onDrill({ ...figureDrill(id, `${t(`reports.fig.${id}.name`)} · ${label(r)}`), cell: r })}>
                    {formatFigure(id, r.values[id], duration)}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
