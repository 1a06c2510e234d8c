import { useState, type FormEvent } from 'react';
import { boardPresence } from '@shared/domain/team';
import type { TeamOverview } from '@shared/schemas/teamAccounts';
import { getHost } from '../../host';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';

const EMPTY = { employeeNo: '', name: '', role: 'agent' as 'agent' | 'supervisor', password: '' };

/**
 * The 团队 tab's accounts: who is signed in on which PC, and a new account for an agent (the
 * first supervisor comes from the server's command line). The overview is the tab's one poll.
 */
export function TeamAccounts({ overview, reload }: { overview: TeamOverview | null; reload: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const create = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const r = await getHost().invoke('team:createAccount', { employeeNo: form.employeeNo.trim(), name: form.name.trim(), role: form.role, password: form.password });
    if (!r.ok) return setMessage({ error: true, text: t('team.accounts.failed', { detail: r.error }) });
    if (!r.value.ok) return setMessage({ error: true, text: t(`team.accounts.errors.${r.value.failure.code}`, { defaultValue: t('team.accounts.failed', { detail: r.value.failure.detail }) }) });
    setMessage({ error: false, text: t('team.accounts.made', { name: r.value.value.name, employeeNo: r.value.value.employeeNo }) });
    setForm(EMPTY);
    reload();
  };

  const presenceText = (p: TeamOverview['agents'][number]['presence']): string => {
    const shown = overview ? boardPresence(p, overview.now) : 'signedOut';
    return shown === 'signedOut' ? t('team.accounts.signedOut') : t(`team.accounts.presence.${shown}`, { device: p?.deviceName ?? '' });
  };

  return (
    <div className="team-accounts" data-testid="team-accounts">
      <h2 id="teamAccountsTitle">{t('team.accounts.title')}</h2>
      {overview ? (
        <table className="team-accounts__table">
          <thead>
            <tr><th>{t('team.accounts.name')}</th><th>{t('team.accounts.employeeNo')}</th><th>{t('team.accounts.role')}</th><th>{t('team.accounts.where')}</th></tr>
          </thead>
          <tbody>
            {overview.agents.map((a) => (
              <tr key={a.agentId} data-testid="team-account" data-employee-no={a.employeeNo}>
                <td>{a.name}</td>
                <td className="mono">{a.employeeNo}</td>
                <td>{t(`role.${a.role}`)}</td>
                <td data-testid="team-account-presence">{presenceText(a.presence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="team__form" onSubmit={(e) => void create(e)} noValidate data-testid="team-account-form">
        <Field label={t('team.accounts.employeeNo')} htmlFor="newAccountNo">
          <input id="newAccountNo" value={form.employeeNo} onChange={(e) => setForm({ ...form, employeeNo: e.target.value })} maxLength={20} autoComplete="off" />
        </Field>
        <Field label={t('team.accounts.name')} htmlFor="newAccountName">
          <input id="newAccountName" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} maxLength={30} autoComplete="off" />
        </Field>
        <Field label={t('team.accounts.role')} htmlFor="newAccountRole">
          <select id="newAccountRole" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value === 'supervisor' ? 'supervisor' : 'agent' })}>
            <option value="agent">{t('role.agent')}</option>
            <option value="supervisor">{t('role.supervisor')}</option>
          </select>
        </Field>
        <Field label={t('team.accounts.password')} htmlFor="newAccountPassword">
          <input id="newAccountPassword" type="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} maxLength={128} autoComplete="new-password" />
        </Field>
        <div className="team__actions">
          <button className="btn" type="submit" data-testid="team-account-create">{t('team.accounts.create')}</button>
        </div>
      </form>
      {message ? <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="team-account-message">{message.text}</p> : null}
    </div>
  );
}
