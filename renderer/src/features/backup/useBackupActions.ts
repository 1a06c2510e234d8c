import { useState, type ReactElement } from 'react';
import type { BackupEntry } from '@shared/schemas/backup';
import type { Problem } from '@shared/lib/problem';
import { useErrorText, useTranslation } from '../../i18n';
import type { Notice } from '../../ui/useNoticeAction';
import { useAskReason, useConfirm } from '../../ui';
import { backupTimeText, sizeText } from './format';
import { useRestoreReport } from './restoreReport';
import { exportBackup, readBackupFile, readKeptBackup, takeBackup, type Checked } from './backupHost';

export interface BackupActions {
  busy: boolean;
  notice: Notice | null;
  problems: Problem[] | null;
  /** While a restore reads and checks files, then merges: which, and how far (0–100). */
  progress: { phase: 'checking' | 'restoring'; percent: number } | null;
  backupNow(): Promise<void>;
  exportFile(): Promise<void>;
  restoreKept(entry: BackupEntry): Promise<void>;
  restoreFile(): Promise<void>;
  /** The restore question while it is asked; the screen holding the buttons renders it. */
  confirmDialog: ReactElement | null;
}

/**
 * What the backup buttons do. A restore is checked completely first: a bad file shows its
 * problems and nothing changes; a good one is restored only after the agent confirms, and its
 * counts are shown by the app shell (RestoreReportNotice).
 */
export function useBackupActions(agentId: string): BackupActions {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [progress, setProgress] = useState<BackupActions['progress']>(null);
  const track = (phase: 'checking' | 'restoring') => (f: number) => setProgress({ phase, percent: Math.floor(f * 100) });
  const setReport = useRestoreReport((s) => s.set);
  const confirm = useConfirm();
  const askWhy = useAskReason();
  // A backup under a passphrase asks for it once per restore; a wrong one is refused before anything is read.
  const askPassphrase = (): Promise<string | null> => askWhy.ask({
    title: t('backup.unlock.title'), label: t('backup.unlock.label'),
    confirmLabel: t('backup.unlock.yes'), cancelLabel: t('dialog.cancel'), testId: 'backup-unlock', secret: true,
  });

  const run = async (what: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setNotice(null);
    setProblems(null);
    setReport(null);
    try {
      await what();
    } catch (e) {
      setNotice({ ok: false, text: t('backup.failed', { reason: errorText(e) }) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const restore = async (read: (onProgress: (f: number) => void) => Promise<Checked | null>): Promise<void> => {
    setProgress({ phase: 'checking', percent: 0 });
    const checked = await read(track('checking'));
    if (!checked) return;
    if (!checked.ok) return setProblems(checked.problems);
    try {
      const yes = await confirm.ask({
        title: t('backup.restoreTitle'), body: t('backup.restoreConfirm', { time: backupTimeText(checked.header.createdAt), count: checked.count }),
        confirmLabel: t('backup.restoreYes'), cancelLabel: t('dialog.cancel'),
      });
      if (!yes) return;
      setProgress({ phase: 'restoring', percent: 0 });
      setReport(await checked.restore(track('restoring')));
    } finally {
      checked.close();
    }
  };

  return {
    busy, notice, problems, progress, confirmDialog: confirm.dialog ?? askWhy.dialog,
    backupNow: () => run(async () => {
      const w = await takeBackup(agentId);
      const key = w.removed.length ? 'backup.doneRotated' : 'backup.done';
      setNotice({ ok: true, text: t(key, { size: sizeText(w.sizeBytes), removed: w.removed.length }) });
    }),
    exportFile: () => run(async () => {
      // The file holds every buyer's phone and address: the export asks why and is audited.
      const why = await askWhy.ask({ title: t('backup.exportWhyTitle'), label: t('backup.exportWhy'), hint: t('backup.exportWhyHint'), confirmLabel: t('backup.export'), cancelLabel: t('dialog.cancel'), testId: 'export-why' });
      if (why === null) return;
      if (await exportBackup(agentId, why)) setNotice({ ok: true, text: t('backup.exported') });
    }),
    restoreKept: (entry) => run(() => restore((p) => readKeptBackup(entry.name, p, askPassphrase))),
    restoreFile: () => run(() => restore((p) => readBackupFile(p, askPassphrase))),
  };
}
