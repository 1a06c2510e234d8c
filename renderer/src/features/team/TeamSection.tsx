import { useState, type FormEvent } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { ServerAddress } from '@shared/schemas/syncHost';
import { refusalLines } from '@shared/domain/team';
import { dismissSyncWarnings, joinTeam, leaveTeam, teamView, useLive } from '../../data';
import { useTranslation } from '../../i18n';
import { Field, useConfirm } from '../../ui';
import { hostTransport, syncEngine } from './engine';
import { useAccount } from '../../state/account';
import { failureText, joinProblemText } from './failureText';
import { HostSection } from './HostSection';
import './team.css';

const time = (ms: number | null | undefined, lang: string): string => (ms ? new Date(ms).toLocaleString(lang, { timeZone: 'Asia/Shanghai', hour12: false }) : '—');

/**
 * 设置 → 团队: join the shop's team with the server address and a one-time code a supervisor
 * made on the server (`npm run server -- enroll-code --team …`), see how sync is doing, and
 * leave. A store with the demo shop cannot join.
 */
export function TeamSection({ agent }: { agent: Agent }) {
  const { t, i18n } = useTranslation();
  const view = useLive(() => teamView(), [], null);
  const [form, setForm] = useState({ serverUrl: '', code: '', deviceName: t('team.defaultDeviceName', { name: agent.name }) });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = useConfirm();
  const signedIn = useAccount((s) => s.signedIn);

  const join = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!ServerAddress.safeParse(form.serverUrl).success) return setError(t('team.errors.address'));
    if (form.code.trim().length < 4) return setError(t('team.errors.code'));
    if (!form.deviceName.trim()) return setError(t('team.errors.deviceName'));
    setBusy(true);
    setError(null);
    try {
      const r = await joinTeam(hostTransport(), { serverUrl: form.serverUrl.trim(), code: form.code.trim(), deviceName: form.deviceName.trim() }, Date.now());
      if (!r.ok) return setError(joinProblemText(r.problem));
      setForm({ ...form, code: '' });
      syncEngine().kick();
    } finally {
      setBusy(false);
    }
  };

  const leave = async (): Promise<void> => {
    if (!(await confirm.ask({ title: t('team.leaveTitle'), body: t('team.leaveConfirm'), confirmLabel: t('team.leave'), cancelLabel: t('dialog.cancel'), danger: true }))) return;
    const r = await leaveTeam(hostTransport());
    setError(r.ok ? null : t('team.errors.leave', { detail: r.detail }));
  };

  if (!view) return null;
  const { link, indicator } = view;
  return (
    <section className="card team" data-testid="team-section">
      <h2>{t('team.title')}</h2>
      {link ? (
        <>
          {indicator.kind === 'initial' ? <progress className="team__progress" data-testid="team-initial-progress" max={100} value={indicator.percent ?? 0} aria-label={t('team.indicator.initial', { percent: indicator.percent ?? 0 })} /> : null}
          <p data-testid="team-state" className={indicator.kind === 'failed' ? 'error' : indicator.kind === 'offline' ? 'team__warn' : ''}>
            {indicator.kind === 'failed'
              ? t('team.indicator.failed', { reason: failureText(indicator.reason ?? 'unknown', indicator.refused) })
              : t(`team.state.${indicator.kind}`, { count: indicator.pending, percent: indicator.percent ?? 0 })}
          </p>
          <dl className="team__facts">
            <dt>{t('team.name')}</dt>
            <dd data-testid="team-name">{link.teamName}</dd>
            <dt>{t('team.server')}</dt>
            <dd><code>{link.serverUrl}</code></dd>
            {link.certificate ? (
              <>
                <dt>{t('team.certificate')}</dt>
                <dd><code className="team__fingerprint" data-testid="team-certificate">{link.certificate}</code></dd>
              </>
            ) : null}
            <dt>{t('team.device')}</dt>
            <dd><code data-testid="team-device">{link.deviceId}</code></dd>
            <dt>{t('team.joinedAt')}</dt>
            <dd>{time(link.joinedAt, i18n.language)}</dd>
            <dt>{t('team.lastSync')}</dt>
            <dd data-testid="team-last-sync">{time(view.status?.lastSyncAt, i18n.language)}</dd>
            <dt>{t('team.pending')}</dt>
            <dd data-testid="team-pending">{t('team.pendingCount', { count: view.pending })}</dd>
          </dl>
          {indicator.kind === 'failed' && indicator.reason === 'revoked' ? <p role="alert" data-testid="team-revoked">{t('team.revokedHelp')}</p> : null}
          {indicator.kind === 'failed' && indicator.reason === 'certificate_mismatch' ? <p role="alert" data-testid="team-mismatch">{t('team.mismatchHelp')}</p> : null}
          {/* The host's own words only where no help in the agent's language says it already. */}
          {view.status?.failure && !(indicator.kind === 'failed' && (indicator.reason === 'revoked' || indicator.reason === 'certificate_mismatch')) ? <p className="muted">{t('team.detail', { detail: view.status.failure.detail })}</p> : null}
          {view.clockAheadAt ? <p className="team__warn" role="alert" data-testid="team-clock">{t('team.clockAhead')}</p> : null}
          {view.refusals.length ? (
            <div role="alert" data-testid="team-refusals">
              <p className="error">{t('team.refusedTitle', { count: view.refusals.length })}</p>
              <ul className="team__refusals">
                {refusalLines(view.refusals).map((r) => (
                  <li key={`${r.code}-${r.table}`} data-testid="team-refusal" data-count={r.count}>
                    {r.code === 'supervisor_only'
                      ? t(`team.supervisorOnly.${r.table}`, { defaultValue: t('team.supervisorOnly.other') })
                      : t('team.refusal', { what: t(`team.table.${r.table}`, { defaultValue: r.table }), why: t(`team.refusalCode.${r.code}`, { defaultValue: r.code }) })}
                    {r.count > 1 ? <span className="muted"> {t('team.refusalCount', { count: r.count })}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {signedIn?.offline ? <p className="team__warn" data-testid="team-offline-sign-in">{t('team.account.offlineNote')}</p> : null}
          {/* The board, accounts and reveal settings are the 团队 tab's (a supervisor's only). */}
          {signedIn?.account.role === 'supervisor' ? <p className="muted" data-testid="team-board-moved">{t('team.screen.movedHint')}</p> : null}
          <div className="team__buttons">
            <button className="btn" onClick={() => syncEngine().kick()} data-testid="team-sync-now">{t('team.syncNow')}</button>
            {view.refusals.length || view.clockAheadAt ? <button className="btn btn--ghost" onClick={() => void dismissSyncWarnings()}>{t('team.dismiss')}</button> : null}
            <button className="btn btn--danger" onClick={() => void leave()} data-testid="team-leave">{t('team.leave')}</button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">{t('team.hint')}</p>
          <form className="team__form team__join" onSubmit={(e) => void join(e)} noValidate>
            <Field label={t('team.serverUrl')} htmlFor="teamServer">
              <input id="teamServer" value={form.serverUrl} onChange={(e) => setForm({ ...form, serverUrl: e.target.value })} placeholder="https://192.168.1.20:8730" maxLength={200} autoComplete="off" />
            </Field>
            <Field label={t('team.code')} htmlFor="teamCode">
              <input id="teamCode" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" maxLength={60} autoComplete="off" />
            </Field>
            <Field label={t('team.deviceName')} htmlFor="teamDevice">
              <input id="teamDevice" value={form.deviceName} onChange={(e) => setForm({ ...form, deviceName: e.target.value })} maxLength={60} />
            </Field>
            <div className="team__actions">
              <button className="btn" type="submit" disabled={busy} data-testid="team-join">{busy ? t('team.joining') : t('team.join')}</button>
            </div>
          </form>
        </>
      )}
      {error ? <p className="error" role="alert" data-testid="team-error">{error}</p> : null}
      {agent.role === 'supervisor' ? <HostSection defaultTeamName={link?.teamName ?? ''} /> : null}
      {confirm.dialog}
    </section>
  );
}
