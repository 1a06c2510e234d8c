import { useTranslation } from '../../i18n';
import { NoticeLine } from '../../ui/NoticeLine';
import { BackupTable } from './BackupTable';
import { ProblemList } from './ProblemList';
import { RestoreProgress } from './RestoreProgress';
import { useBackupActions } from './useBackupActions';
import { useBackupList } from './useBackupList';
import './backup.css';

/** How many kept backups the first-start screen offers; older ones are in 设置 once signed in. */
const SHOWN = 5;

/**
 * First start on an empty store (a reinstalled PC, a wiped profile): bring the shop back from a
 * kept backup or a backup file instead of starting over.
 */
export function RestoreCard() {
  const { t } = useTranslation();
  const { list } = useBackupList();
  // Nothing is written in this card's name: restored records keep their own authors.
  const a = useBackupActions('system');
  return (
    <section className="card" data-testid="welcome-restore">
      <h2>{t('backup.welcomeTitle')}</h2>
      <p>{t('backup.welcomeBody')}</p>
      {list && list.length > 0 ? (
        <BackupTable list={list.slice(0, SHOWN)} busy={a.busy} onRestore={(b) => void a.restoreKept(b)} />
      ) : <p className="muted">{t('backup.noneKept')}</p>}
      <div className="backup__actions">
        <button className="btn" disabled={a.busy} onClick={() => void a.restoreFile()} data-testid="backup-restore-file">{t('backup.restoreFile')}</button>
      </div>
      <p className="muted">{t('backup.fileLimit')}</p>
      <RestoreProgress progress={a.progress} />
      <NoticeLine notice={a.notice} testId="backup-notice" />
      {a.problems ? <ProblemList problems={a.problems} /> : null}
      {a.confirmDialog}
    </section>
  );
}
