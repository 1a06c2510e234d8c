import { useMemo, useState, type ReactNode } from 'react';
import { exportTable, filterRegister, registerFilters, type RegisterSpec } from '@shared/domain/cases';
import { shanghaiDate } from '@shared/lib/time';
import { auditExport, useLive, agentsAndShops } from '../../data';
import { useAskReason } from '../../ui';
import { useWriteContext } from '../../state/writeContext';
import { useErrorText, useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { CommonFilters, commonFilter, type CommonFilterValues } from './CommonFilters';
import { RegisterGrid } from './RegisterGrid';
import { saveRegister } from './download';
import { useRegisterColumns } from './useRegisterColumns';

export interface CaseRegisterProps<Row> {
  spec: RegisterSpec<Row>;
  rows: Row[];
  /** The summaries above the grid, of the rows the filters keep. */
  summaries: (shown: Row[]) => ReactNode;
}

/** A 登记表 from its spec: the filters its columns offer, the shared ones, count, export, summaries and grid; a row opens its case. */
export function CaseRegister<Row>({ spec, rows, summaries }: CaseRegisterProps<Row>) {
  const { t } = useTranslation();
  const open = useTabs((s) => s.open);
  const label = (k: string, v?: Record<string, string | number>): string => t(k, v ?? {});
  const testId = spec.name;
  const errorText = useErrorText();
  const people = useLive(agentsAndShops, [], { agents: [], shops: [] });
  const [byColumn, setByColumn] = useState<Record<string, string>>({});
  const [common, setCommon] = useState<CommonFilterValues>({ owner: '', shop: '', from: '', to: '' });
  const [error, setError] = useState<string | null>(null);
  const filters = registerFilters(spec);
  const shown = useMemo(() => filterRegister(spec, rows, { byColumn, ...commonFilter(common) }), [spec, rows, byColumn, common]);
  const columns = useRegisterColumns(spec.columns);
  const askWhy = useAskReason();
  const write = useWriteContext();
  const exportAs = async (format: 'csv' | 'xlsx'): Promise<void> => {
    try {
      // Buyer data leaves the app: asked why and audited (who, when, which file) before the file is made.
      const why = await askWhy.ask({ title: t('cases.exportWhyTitle'), label: t('cases.exportWhy'), hint: t('cases.exportWhyHint'), confirmLabel: t('cases.exportYes'), cancelLabel: t('dialog.cancel'), testId: 'register-export-why' });
      if (why === null) return;
      const name = `${t(spec.title)}-${shanghaiDate(Date.now())}`;
      await auditExport('register', `${name}.${format}`, why, write());
      await saveRegister(format, name, exportTable(spec.columns, shown, label));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section className="register" data-testid={`${testId}-register`}>
      <div className="register__filters">
        {filters.map(({ column, any, choices }) => (
          <select key={column.id} value={byColumn[column.id] ?? ''} onChange={(e) => setByColumn({ ...byColumn, [column.id]: e.target.value })} aria-label={t(column.header)} data-testid={`filter-${column.id}`}>
            <option value="">{t(any)}</option>
            {choices.values.map((v) => <option key={v} value={v}>{t(choices.key(v))}</option>)}
          </select>
        ))}
        <CommonFilters people={people} value={common} onChange={setCommon} />
        <span className="register__count" data-testid={`${testId}-register-count`}>{t('cases.rows', { n: shown.length })}</span>
        <button className="btn" onClick={() => void exportAs('csv')} data-testid={`${testId}-export-csv`}>{t('cases.exportCsv')}</button>
        <button className="btn" onClick={() => void exportAs('xlsx')} data-testid={`${testId}-export-xlsx`}>{t('cases.exportXlsx')}</button>
      </div>
      <div className="summaries">{summaries(shown)}</div>
      {error ? <div className="error" role="alert">{error}</div> : null}
      {askWhy.dialog}
      <RegisterGrid rows={shown} columns={columns} testId={`${testId}-grid`} rowKey={(r) => spec.caseOf(r).id} onOpen={(r) => open({ entity: 'case', id: spec.caseOf(r).id }, spec.tabTitle(r, label))} />
    </section>
  );
}
