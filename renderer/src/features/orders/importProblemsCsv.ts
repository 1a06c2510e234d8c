import type { OrderImportProblem } from '@shared/domain/orderImport';
import { toCsv } from '@shared/lib/csv';
import { invokeHost } from '../../host';
import { fieldText, problemReason, type Translate } from '../../i18n';

/**
 * The refused rows of an import as a CSV (行号, 列, 原因) saved through the host's save dialog,
 * so the agent can fix the file row by row in Excel. Null when the agent cancelled.
 */
export async function saveImportProblems(t: Translate, problems: readonly OrderImportProblem[]): Promise<string | null> {
  const rows = problems.map((p) => [p.row || null, p.field ? fieldText(t, p.field, p.params) : '', problemReason(t, p)]);
  const content = toCsv([t('orders.import.csvRow'), t('orders.import.csvColumn'), t('orders.import.csvReason')], rows);
  const r = await invokeHost('file:save', { suggestedName: `${t('orders.import.csvFile')}.csv`, mime: 'text/csv;charset=utf-8', content, base64: false });
  return r.saved ? (r.path ?? '') : null;
}
