import { useState, type FormEvent } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { formatShanghaiShort } from '@shared/lib/time';
import { BACKUP_PASSPHRASE_MIN, backupProtection, setBackupPassphrase, useLive, type BackupProtection } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors, type Translate } from '../../i18n';
import { Field, FormProblems, useConfirm } from '../../ui';

const INPUTS = ['backup.passphrase', 'backup.passphraseAgain'];

/** The backup passphrase's state, live: what the backup buttons warn about. */
export function useBackupProtection(): BackupProtection | null {
  return useLive(() => backupProtection(), [], null);
}

/**
 * Where backups are made, what protects them: a plain line when a passphrase is set, a warning
 * when none was chosen (or none yet) — the files then hold every buyer's phone and address.
 */
export function ProtectionLine({ protection }: { protection: BackupProtection | null }) {
  const { t } = useTranslation();
  if (!protection) return null;
  if (protection.mode === 'passphrase') return <p className="muted" data-testid="backup-protection">{t('backup.protection.sealed')}</p>;
  return <p className="backup__warning" role="note" data-testid="backup-protection">{t(protection.mode === 'none' ? 'backup.protection.noneChosen' : 'backup.protection.unset')}</p>;
}

/**
 * 设置 → 备份与恢复: the supervisor sets the backup passphrase (typed twice) or chooses to go
 * without one, after a warning. The passphrase is never kept: only the key made from it.
 * Agents see what protects the backups and who set it.
 */
export function BackupPassphrase({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const protection = useBackupProtection();
  const confirm = useConfirm();
  const [form, setForm] = useState({ passphrase: '', again: '' });
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const supervisor = agent.role === 'supervisor';

  const save = async (passphrase: string | null): Promise<void> => {
    setSaved(null);
    setBusy(true);
    try {
      await setBackupPassphrase(passphrase, passphrase === null ? null : form.again, { agentId: agent.id, now: Date.now() });
      setErrors(NO_ERRORS);
      setForm({ passphrase: '', again: '' });
      setSaved(t(passphrase === null ? 'backup.passphrase.savedNone' : 'backup.passphrase.saved'));
    } catch (err) {
      setErrors(fieldErrors(t as Translate, err, INPUTS));
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void save(form.passphrase);
  };

  const goWithout = async (): Promise<void> => {
    const yes = await confirm.ask({ title: t('backup.passphrase.noneTitle'), body: t('backup.passphrase.noneBody'), confirmLabel: t('backup.passphrase.noneYes'), cancelLabel: t('dialog.cancel') });
    if (yes) await save(null);
  };

  const state = protection && protection.mode !== 'unset'
    ? t(protection.mode === 'passphrase' ? 'backup.passphrase.stateSet' : 'backup.passphrase.stateNone', { at: formatShanghaiShort(protection.setAt) })
    : t('backup.passphrase.stateUnset');

  return (
    <div className="backup__passphrase" data-testid="backup-passphrase">
      <h3>{t('backup.passphrase.title')}</h3>
      <p className="muted">{t('backup.passphrase.lead')}</p>
      <p data-testid="backup-passphrase-state">{state}</p>
      {supervisor ? (
        <form className="backup__passphrase-form" onSubmit={submit} noValidate>
          <Field label={t('backup.passphrase.new')} htmlFor="backup-passphrase-new" error={errors.byField['backup.passphrase']} hint={t('backup.passphrase.hint', { min: BACKUP_PASSPHRASE_MIN })}>
            <input id="backup-passphrase-new" type="password" autoComplete="new-password" value={form.passphrase} maxLength={200} onChange={(e) => setForm({ ...form, passphrase: e.target.value })} />
          </Field>
          <Field label={t('backup.passphrase.again')} htmlFor="backup-passphrase-again" error={errors.byField['backup.passphraseAgain']}>
            <input id="backup-passphrase-again" type="password" autoComplete="new-password" value={form.again} maxLength={200} onChange={(e) => setForm({ ...form, again: e.target.value })} />
          </Field>
          <div className="backup__actions">
            <button className="btn btn--primary" type="submit" disabled={busy} data-testid="backup-passphrase-save">{t('backup.passphrase.save')}</button>
            <button className="btn" type="button" disabled={busy} onClick={() => void goWithout()} data-testid="backup-passphrase-none">{t('backup.passphrase.none')}</button>
          </div>
          {saved ? <p role="status" className="muted">{saved}</p> : null}
          <FormProblems lines={errors.rest} />
        </form>
      ) : <p className="muted">{t('backup.passphrase.supervisorOnly')}</p>}
      {confirm.dialog}
    </div>
  );
}
