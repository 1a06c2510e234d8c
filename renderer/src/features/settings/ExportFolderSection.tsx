import { useEffect, useState } from 'react';
import type { WatchStatus } from '@shared/schemas/watchHost';
import { problem } from '@shared/lib/problem';
import { invokeHost } from '../../host';
import { problemReason, useErrorText, useTranslation } from '../../i18n';
import { Field } from '../../ui';

/**
 * 导出文件夹: the folder this PC downloads the platforms' exports to. The host watches it
 * (electron/main/watch, the same module in the browser host) and every new export found there
 * appears as a notice in the console head that opens the 导入订单 preview. A per-PC setting.
 */
export function ExportFolderSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<WatchStatus | null>(null);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    invokeHost('watch:status', {}).then((s) => {
      setStatus(s);
      setFolder(s.folder ?? '');
    }, (e: unknown) => setError(errorText(e)));
  }, [errorText]);

  const save = async (next: string | null): Promise<void> => {
    setError(null);
    try {
      const s = await invokeHost('watch:set-folder', { folder: next });
      setStatus(s);
      setFolder(s.folder ?? '');
    } catch (e) {
      setError(errorText(e));
    }
  };

  const folderProblem = status?.problem ? problemReason(t, problem(status.problem, { params: { folder: status.folder ?? '' } })) : null;
  return (
    <section className="card" data-testid="export-folder-section">
      <h2>{t('settings.watch.title')}</h2>
      <p className="muted">{t('settings.watch.hint')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void save(folder.trim() || null); }}>
        <Field label={t('settings.watch.folder')} error={folderProblem ?? error}>
          <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={t('settings.watch.placeholder')} spellCheck={false} data-testid="export-folder-input" />
        </Field>
        <button type="submit" className="btn" disabled={!folder.trim()} data-testid="export-folder-save">{t('settings.watch.save')}</button>{' '}
        {status?.folder ? <button type="button" className="btn btn--ghost" onClick={() => void save(null)} data-testid="export-folder-stop">{t('settings.watch.stop')}</button> : null}
      </form>
      {status?.folder && !status.problem ? <p role="status" data-testid="export-folder-state">{t('settings.watch.watching', { folder: status.folder })}</p> : null}
    </section>
  );
}
