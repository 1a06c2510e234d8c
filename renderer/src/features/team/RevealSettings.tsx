import { useEffect, useState } from 'react';
import type { TeamReveals } from '@shared/schemas/syncHost';
import { getHost } from '../../host';
import { useTranslation } from '../../i18n';

const ROLES = ['agent', 'supervisor'] as const;
type Role = (typeof ROLES)[number];
const time = (ms: number, lang: string): string => new Date(ms).toLocaleString(lang, { timeZone: 'Asia/Shanghai', hour12: false, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/**
 * Who receives a buyer's full phone and address (the server sends the others masked copies
 * only), and the server's audit of every reveal on every PC of the team (issue 13 §6).
 */
export function RevealSettings() {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<TeamReveals | null>(null);
  const [roles, setRoles] = useState<Role[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const load = async (setRolesTo?: Role[]): Promise<boolean> => {
    const r = await getHost().invoke('team:reveals', setRolesTo ? { setRoles: setRolesTo } : {});
    if (!r.ok || !r.value.ok) {
      setMessage({ error: true, text: t('team.reveals.failed', { detail: r.ok ? (r.value.ok ? '' : r.value.failure.detail) : r.error }) });
      return false;
    }
    setData(r.value.value);
    setRoles(r.value.value.roles);
    return true;
  };
  useEffect(() => {
    void load();
    // Reveals on other PCs arrive with their sync; a supervisor reading the audit sees them within half a minute.
    const timer = setInterval(() => void getHost().invoke('team:reveals', {}).then((r) => r.ok && r.value.ok && setData(r.value.value)), 30_000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once on open
  }, []);

  const save = async (): Promise<void> => {
    if (await load(roles)) setMessage({ error: false, text: t('team.reveals.saved') });
  };
  const toggle = (role: Role, on: boolean) => setRoles((now) => (on ? [...new Set([...now, role])] : now.filter((r) => r !== role)));

  return (
    <section className="card team-reveals" data-testid="team-reveals" aria-labelledby="teamRevealsTitle">
      <h2 id="teamRevealsTitle">{t('team.reveals.title')}</h2>
      <p className="muted">{t('team.reveals.hint')}</p>
      <fieldset className="team-reveals__roles">
        <legend>{t('team.reveals.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role}>
            <input type="checkbox" checked={roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} data-testid={`team-reveal-role-${role}`} disabled={!data} /> {t(`role.${role}`)}
          </label>
        ))}
        <button className="btn" onClick={() => void save()} disabled={!data} data-testid="team-reveal-save">{t('team.reveals.save')}</button>
      </fieldset>
      {message ? <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="team-reveal-message">{message.text}</p> : null}
      <h3>{t('team.reveals.audit')}</h3>
      {data && data.reveals.length === 0 ? <p className="muted">{t('team.reveals.none')}</p> : null}
      {data && data.reveals.length > 0 ? (
        <div className="team-reveals__scroll">
          <table className="table" data-testid="team-reveal-audit">
            <thead>
              <tr><th>{t('team.reveals.when')}</th><th>{t('team.accounts.name')}</th><th>{t('team.reveals.pc')}</th><th>{t('team.reveals.what')}</th><th>{t('team.reveals.reason')}</th></tr>
            </thead>
            <tbody>
              {data.reveals.map((r, i) => (
                <tr key={`${r.at}-${i}`} data-testid="team-reveal-line">
                  <td>{time(r.at, i18n.language)}</td>
                  <td>{r.agentName}</td>
                  <td>{r.deviceName}</td>
                  <td>{t(`team.reveals.field.${r.table}.${r.field}`)}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
