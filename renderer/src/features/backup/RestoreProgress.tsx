import { useTranslation } from '../../i18n';
import type { BackupActions } from './useBackupActions';

/** "正在检查备份… n%" then "正在恢复… n%": a large restore takes a while, and the screen says how far it is. */
export function RestoreProgress({ progress }: { progress: BackupActions['progress'] }) {
  const { t } = useTranslation();
  if (!progress) return null;
  return (
    <p role="status" data-testid="backup-progress">
      {t(progress.phase === 'checking' ? 'backup.checking' : 'backup.restoring', { percent: progress.percent })}
      <progress className="backup__progress" max={100} value={progress.percent} />
    </p>
  );
}
