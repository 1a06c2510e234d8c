import { parseBackupName } from '@shared/domain/backup';
import type { BackupEntry } from '@shared/schemas/backup';
import { useTranslation } from '../../i18n';
import { backupTimeText, sizeText } from './format';
import './backup.css';

/** The kept backups, newest first, each with its kind (完整/增量) and 恢复此备份. */
export function BackupTable({ list, busy, onRestore }: { list: BackupEntry[]; busy: boolean; onRestore: (b: BackupEntry) => void }) {
  const { t } = useTranslation();
  return (
    <table className="backup__table" data-testid="backup-list">
      <thead><tr><th>{t('backup.when')}</th><th>{t('backup.kind')}</th><th className="num">{t('backup.size')}</th><th /></tr></thead>
      <tbody>
        {list.map((b) => (
          <tr key={b.name} data-testid="backup-row">
            <td>{backupTimeText(b.createdAt)}</td>
            <td data-testid="backup-kind">{t(parseBackupName(b.name)?.kind === 'incremental' ? 'backup.kindIncremental' : 'backup.kindFull')}</td>
            <td className="num">{sizeText(b.sizeBytes)}</td>
            <td><button className="link" disabled={busy} onClick={() => onRestore(b)}>{t('backup.restore')}</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
