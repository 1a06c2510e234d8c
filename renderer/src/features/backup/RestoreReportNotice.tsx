import { useTranslation } from '../../i18n';
import { useRestoreReport } from './restoreReport';
import './backup.css';

/** After a restore: what came back, what was kept because it was newer. */
export function RestoreReportNotice() {
  const { t } = useTranslation();
  const { report, set } = useRestoreReport();
  if (!report) return null;
  return (
    <div className="backup-toast" role="status" data-testid="backup-counts">
      <span>{t('backup.restored', { ...report.total, log: report.logAdded })}</span>
      <button className="btn btn--ghost" onClick={() => set(null)}>{t('backup.dismiss')}</button>
    </div>
  );
}
