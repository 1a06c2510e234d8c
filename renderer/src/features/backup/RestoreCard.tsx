import { useTranslation } from '../../i18n';
import { NoticeLine } from '../../ui/NoticeLine';
import { backupTimeText, sizeText } from './format';
import { ProblemList } from './ProblemList';
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
        <table className="backup__table" data-testid="backup-list">
          <tbody>
            {list.slice(0, SHOWN).map((b) => (
              <tr key={b.name} data-testid="backup-row">
                <td>{backupTimeText(b.createdAt)}</td>
                <td className="num">{sizeText(b.sizeBytes)}</td>
                <td><button className="link" disabled={a.busy} onClick={() => void a.restoreKept(b)}>{t('backup.restore')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="muted">{t('backup.noneKept')}</p>}
      <div className="backup__actions">
        <button className="btn" disabled={a.busy} onClick={() => void a.restoreFile()} data-testid="backup-restore-file">{t('backup.restoreFile')}</button>
      </div>
      <NoticeLine notice={a.notice} testId="backup-notice" />
      {a.problems ? <ProblemList problems={a.problems} /> : null}
    </section>
  );
}
