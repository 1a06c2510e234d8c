import { useTranslation } from '../../i18n';
import { useAutoBackup } from './useAutoBackup';
import './backup.css';

/** Runs the automatic backups and says so, loudly, when one fails. */
export function AutoBackup({ agentId }: { agentId: string | null }) {
  const { t } = useTranslation();
  const { failure, dismiss } = useAutoBackup(agentId);
  if (!failure) return null;
  return (
    <div className="backup-alert" role="alert" data-testid="backup-failed">
      <strong>{t('backup.autoFailed')}</strong> {failure}
      <button className="btn btn--ghost" onClick={dismiss}>{t('backup.dismiss')}</button>
    </div>
  );
}
