import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';
import { useInteractiveMark } from '../../ui/useInteractiveMark';
import { signInAccount } from './account';
import './team.css';

/**
 * The sign-in of a PC in a team (issue 13 §1): 工号, Tab, password, Enter. Two shifts share a
 * PC, so this is the whole shift change: no mouse, no list of names to pick from.
 */
export function AccountSignIn({ teamName }: { teamName: string }) {
  const { t } = useTranslation();
  useInteractiveMark('sign-in');
  const [employeeNo, setEmployeeNo] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!employeeNo.trim() || !password) return setError(t('team.account.errors.empty'));
    setBusy(true);
    setError(null);
    try {
      const r = await signInAccount(employeeNo.trim(), password);
      if (!r.ok) {
        setPassword('');
        const minutes = r.failure.retryAfterS ? Math.ceil(r.failure.retryAfterS / 60) : 15;
        setError(t(`team.account.errors.${r.failure.code}`, { defaultValue: t('team.account.errors.other', { detail: r.failure.detail }), minutes }));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="welcome">
      <h1>{t('team.account.title')}</h1>
      <p className="welcome__lead">{t('team.account.lead', { team: teamName })}</p>
      <form className="card account-sign-in" onSubmit={(e) => void submit(e)} noValidate data-testid="account-sign-in">
        <Field label={t('team.account.employeeNo')} htmlFor="accountEmployeeNo">
          <input id="accountEmployeeNo" value={employeeNo} onChange={(e) => setEmployeeNo(e.target.value)} autoFocus autoComplete="username" maxLength={20} />
        </Field>
        <Field label={t('team.account.password')} htmlFor="accountPassword">
          <input id="accountPassword" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" maxLength={128} />
        </Field>
        <button className="btn btn--primary" type="submit" disabled={busy} data-testid="account-submit">{busy ? t('team.account.signingIn') : t('team.account.signIn')}</button>
        {error ? <p className="error" role="alert" data-testid="account-error">{error}</p> : null}
      </form>
    </main>
  );
}
