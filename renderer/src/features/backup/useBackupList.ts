import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '@shared/schemas/backup';
import { useErrorText } from '../../i18n';
import { listBackups, onBackupsChanged } from './backupHost';

/** The kept backups, newest first, re-read whenever one is written. */
export function useBackupList(): { list: BackupEntry[] | null; error: string | null; reload: () => void } {
  const errorText = useErrorText();
  const [list, setList] = useState<BackupEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    listBackups().then((l) => { setList(l); setError(null); }, (e: unknown) => setError(errorText(e)));
  }, [errorText]);
  useEffect(() => {
    reload();
    return onBackupsChanged(reload);
  }, [reload]);
  return { list, error, reload };
}
