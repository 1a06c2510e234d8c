import type { SizeChart } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';

/** A size chart as the buyer would read it; the suggested row is marked. */
export function SizeChartTable({ chart, highlight }: { chart: SizeChart; highlight: number | null }) {
  const { t } = useTranslation();
  return (
    <table className="table size-chart" data-testid="size-chart">
      <thead><tr><th>{t('knowledge.size')}</th>{chart.columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>
      <tbody>
        {chart.rows.map((r, i) => (
          <tr key={`${r.size}-${i}`} className={i === highlight ? 'size-chart__hit' : undefined}>
            <th scope="row">{r.size}</th>
            {chart.columns.map((c, j) => <td key={c}>{r.cells[j] ?? ''}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
