import { useCallback, useEffect, useState } from 'react';
import type { AccountFailure, TeamDevices as Devices, TeamEnrolCode } from '@shared/schemas/syncHost';
import type { TeamOverview } from '@shared/schemas/teamAccounts';
import { getHost } from '../../host';
import { useTranslation } from '../../i18n';
import { useConfirm } from '../../ui';
import { failureText } from './failureText';

/** A PC that joins or is cut off elsewhere shows up within this long while the tab is open. */
const POLL_MS = 10_000;
/** The refusals this panel words itself; the rest are the sync failures' words. */
const ERRORS: Partial<Record<AccountFailure['code'], string>> = { supervisor_only: 'team.devices.errors.supervisorOnly', not_found: 'team.devices.errors.notFound', no_session: 'team.devices.errors.noSession' };
const time = (ms: number, lang: string): string => new Date(ms).toLocaleString(lang, { timeZone: 'Asia/Shanghai', hour12: false, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/**
 * The 团队 tab's 设备 panel (issue 13 §3): every PC enrolled in the team with who is signed in
 * there (from the board's overview), when the server last heard from it and whether it was
 * revoked; 撤销 cuts one off at once (after a confirmation), and 生成加入码 asks the server for a
 * one-time code the next PC joins with.
 */
export function TeamDevices({ overview }: { overview: TeamOverview | null }) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirm();
  const [data, setData] = useState<Devices | null>(null);
  const [code, setCode] = useState<TeamEnrolCode | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const refusal = useCallback(
    (f: AccountFailure | string): string =>
      typeof f === 'string' ? t('team.devices.failed') : ERRORS[f.code] ? t(ERRORS[f.code] ?? '') : failureText(f.code),
    [t],
  );
  const load = useCallback(async (): Promise<void> => {
    const r = await getHost().invoke('team:devices', {});
    if (r.ok && r.value.ok) setData(r.value.value);
    else setMessage({ error: true, text: refusal(r.ok ? (r.value.ok ? '' : r.value.failure) : r.error) });
  }, [refusal]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  const revoke = async (device: Devices['devices'][number]): Promise<void> => {
    const yes = await confirm.ask({
      title: t('team.devices.revokeTitle', { name: device.name }),
      body: t('team.devices.revokeBody'),
      confirmLabel: t('team.devices.revoke'),
      cancelLabel: t('dialog.cancel'),
      danger: true,
      testId: 'team-devices-revoke-dialog',
      confirmTestId: 'team-devices-revoke-confirm',
    });
    if (!yes) return;
    const r = await getHost().invoke('team:revokeDevice', { deviceId: device.id });
    if (!r.ok || !r.value.ok) return setMessage({ error: true, text: refusal(r.ok ? (r.value.ok ? '' : r.value.failure) : r.error) });
    setMessage({ error: false, text: t('team.devices.revoked', { name: device.name }) });
    await load();
  };

  const makeCode = async (): Promise<void> => {
    setBusy(true);
    setCopied(false);
    const r = await getHost().invoke('team:enrolCode', {});
    setBusy(false);
    if (!r.ok || !r.value.ok) return setMessage({ error: true, text: refusal(r.ok ? (r.value.ok ? '' : r.value.failure) : r.error) });
    setCode(r.value.value);
    setMessage(null);
  };
  const copy = (text: string): void => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => setCopied(false));
  };

  /** Who the server's board says is signed in on a PC (several, when a shift overlaps). */
  const signedInOn = (deviceId: string): string =>
    (overview?.agents ?? []).filter((a) => a.presence?.deviceId === deviceId).map((a) => a.name).join('、');

  return (
    <section className="card team-devices" data-testid="team-devices" aria-labelledby="teamDevicesTitle">
      <div className="team-devices__head">
        <div>
          <h2 id="teamDevicesTitle">{t('team.devices.title')}</h2>
          <p className="muted">{t('team.devices.hint')}</p>
        </div>
        <button className="btn btn--primary" type="button" onClick={() => void makeCode()} disabled={busy} data-testid="team-devices-new-code">
          {t(code ? 'team.devices.anotherCode' : 'team.devices.newCode')}
        </button>
      </div>
      {code ? (
        <div className="team-devices__code" data-testid="team-devices-code-box">
          <code className="team__code team-devices__code-text" data-testid="team-devices-code">{code.code}</code>
          <button className="btn" type="button" onClick={() => copy(code.code)} data-testid="team-devices-code-copy">{t(copied ? 'team.devices.copied' : 'team.devices.copy')}</button>
          <p className="muted team-devices__code-hint" data-testid="team-devices-code-valid">
            {t('team.devices.codeValid', { until: time(code.expiresAt, i18n.language), hours: Math.max(1, Math.round((code.expiresAt - Date.now()) / 3_600_000)) })}
          </p>
        </div>
      ) : null}
      {message ? <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="team-devices-message">{message.text}</p> : null}
      {data && data.devices.length > 0 ? (
        <div className="team-devices__scroll">
          <table className="table" data-testid="team-devices-list">
            <thead>
              <tr><th>{t('team.devices.name')}</th><th>{t('team.devices.who')}</th><th>{t('team.devices.lastSeen')}</th><th>{t('team.devices.state')}</th><th aria-label={t('team.devices.actions')} /></tr>
            </thead>
            <tbody>
              {data.devices.map((d) => (
                <tr key={d.id} data-testid="team-devices-row" data-device-id={d.id} data-revoked={d.revokedAt ? 'true' : 'false'}>
                  <td>
                    {d.name}
                    {d.id === data.thisDevice ? <span className="badge team-devices__this">{t('team.devices.thisPc')}</span> : null}
                  </td>
                  <td data-testid="team-devices-who">{(d.revokedAt ? '' : signedInOn(d.id)) || '—'}</td>
                  <td>{d.lastSeenAt ? time(d.lastSeenAt, i18n.language) : t('team.devices.never')}</td>
                  <td data-testid="team-devices-state" className={d.revokedAt ? 'error' : undefined}>
                    {d.revokedAt ? t('team.devices.revokedAt', { when: time(d.revokedAt, i18n.language) }) : t('team.devices.active')}
                  </td>
                  <td className="team-devices__action">
                    {!d.revokedAt && d.id !== data.thisDevice ? (
                      <button className="btn btn--danger" type="button" onClick={() => void revoke(d)} data-testid="team-devices-revoke">{t('team.devices.revoke')}</button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {confirm.dialog}
    </section>
  );
}
