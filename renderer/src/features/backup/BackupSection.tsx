import type { Agent } from '@shared/schemas/entities';
import { BackupTable } from './BackupTable';
import { ProblemList } from './ProblemList';
import { RestoreProgress } from './RestoreProgress';
import { backupTimeText, sizeText } from './format';
import { useBackupActions } from './useBackupActions';
import { useBackupList } from './useBackupList';
import { useTranslation } from '../../i18n';
import { NoticeLine } from '../../ui/NoticeLine';
import { BackupPassphrase, ProtectionLine, useBackupProtection } from './BackupPassphrase';
import { ExportLog } from './ExportLog';

/** 备份与恢复: the kept backups, a backup now, export/restore through a file. */
export function BackupSection({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { list, error } = useBackupList();
  const a = useBackupActions(agent.id);
  const last = list?.[0];
  const protection = useBackupProtection();

  return (
    <section className="card" data-testid="backup-section">
      <h2>{t('backup.title')}</h2>
      <p className="muted">{t('backup.lead')}</p>
      <p data-testid="backup-last">
        {last ? t('backup.last', { time: backupTimeText(last.createdAt), size: sizeText(last.sizeBytes) }) : t('backup.none')}
      </p>
      <div className="backup__actions">
        <button className="btn btn--primary" disabled={a.busy} onClick={() => void a.backupNow()} data-testid="backup-now">{t('backup.now')}</button>
        <button className="btn" disabled={a.busy} onClick={() => void a.exportFile()}>{t('backup.export')}</button>
        <button className="btn" disabled={a.busy} onClick={() => void a.restoreFile()} data-testid="backup-restore-file">{t('backup.restoreFile')}</button>
      </div>
      <ProtectionLine protection={protection} />
      <p className="muted">{t('backup.fileLimit')}</p>
      <RestoreProgress progress={a.progress} />
      <NoticeLine notice={a.notice} testId="backup-notice" />
      {error ? <p className="error" role="alert">{t('backup.listFailed', { reason: error })}</p> : null}
      {a.problems ? <ProblemList problems={a.problems} /> : null}
      {a.confirmDialog}
      {list && list.length > 0 ? (
        <BackupTable list={list} busy={a.busy} onRestore={(b) => void a.restoreKept(b)} />
      ) : null}
      <ExportLog />
      <BackupPassphrase agent={agent} />
    </section>
  );
}
