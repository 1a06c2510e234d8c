import type { SizeChart } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';

/**
 * A size chart as a table: 尺码 then one column per measurement (身高, 体重(kg), 胸围, 衣长…),
 * whose names the seller edits; a row per size. Ranges are written as the seller would ("165-170").
 */
export function SizeChartEditor({ chart, invalid, onChange, onCreate }: { chart: SizeChart | null; invalid: ReadonlySet<string>; onChange: (c: SizeChart | null) => void; onCreate: () => void }) {
  const { t } = useTranslation();
  if (!chart) {
    return (
      <div className="editor-section">
        <h4>{t('knowledge.sizeChart')}</h4>
        <p className="muted">{t('knowledge.editor.noChart')}</p>
        <button type="button" className="btn btn--small" onClick={onCreate} data-testid="chart-create">{t('knowledge.editor.addChart')}</button>
      </div>
    );
  }
  const setColumn = (i: number, v: string) => onChange({ ...chart, columns: chart.columns.map((c, j) => (j === i ? v : c)) });
  const dropColumn = (i: number) => onChange({ columns: chart.columns.filter((_, j) => j !== i), rows: chart.rows.map((r) => ({ ...r, cells: r.cells.filter((_, j) => j !== i) })) });
  const addColumn = () => onChange({ columns: [...chart.columns, ''], rows: chart.rows.map((r) => ({ ...r, cells: [...r.cells, ''] })) });
  const setRow = (i: number, row: SizeChart['rows'][number]) => onChange({ ...chart, rows: chart.rows.map((r, j) => (j === i ? row : r)) });
  return (
    <div className="editor-section">
      <h4>{t('knowledge.sizeChart')}</h4>
      <p className="muted">{t('knowledge.editor.chartHint')}</p>
      <div className="editor-scroll">
        <table className="table editor-table" data-testid="chart-table">
          <thead>
            <tr>
              <th>{t('knowledge.size')}</th>
              {chart.columns.map((c, i) => (
                <th key={i}>
                  <input value={c} onChange={(e) => setColumn(i, e.target.value)} aria-label={t('knowledge.editor.columnName', { n: i + 1 })} aria-invalid={invalid.has(`products.sizeChart.columns.${i}`)} />
                  <button type="button" className="link" onClick={() => dropColumn(i)} aria-label={t('knowledge.editor.dropColumn', { name: c || i + 1 })}>×</button>
                </th>
              ))}
              <th><button type="button" className="link" onClick={addColumn}>{t('knowledge.editor.addColumn')}</button></th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((r, i) => (
              <tr key={i}>
                <td><input value={r.size} onChange={(e) => setRow(i, { ...r, size: e.target.value })} aria-label={t('knowledge.editor.rowSize', { n: i + 1 })} aria-invalid={invalid.has(`products.sizeChart.rows.${i}.size`)} /></td>
                {chart.columns.map((c, j) => (
                  <td key={j}><input value={r.cells[j] ?? ''} onChange={(e) => setRow(i, { ...r, cells: chart.columns.map((_, k) => (k === j ? e.target.value : (r.cells[k] ?? ''))) })} aria-label={t('knowledge.editor.cell', { size: r.size || i + 1, column: c })} /></td>
                ))}
                <td><button type="button" className="link" onClick={() => onChange({ ...chart, rows: chart.rows.filter((_, k) => k !== i) })}>{t('knowledge.editor.remove')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn btn--small" onClick={() => onChange({ ...chart, rows: [...chart.rows, { size: '', cells: chart.columns.map(() => '') }] })}>{t('knowledge.editor.addRow')}</button>
      <button type="button" className="btn btn--small" onClick={() => onChange(null)}>{t('knowledge.editor.dropChart')}</button>
    </div>
  );
}
