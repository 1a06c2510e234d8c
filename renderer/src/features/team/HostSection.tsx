import { useEffect, useState, type FormEvent } from 'react';
import type { ShopHostStatus } from '@shared/schemas/shopHost';
import { useTranslation } from '../../i18n';
import { getHost } from '../../host';
import { Field } from '../../ui';

/**
 * 设置 → 团队 → 在本机开启店铺服务器 (supervisors): this PC runs the shop server itself; the
 * screen shows the LAN addresses and a one-time code for each PC that joins. The host stops the
 * server when the app quits.
 */
export function HostSection({ defaultTeamName }: { defaultTeamName: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ShopHostStatus | null>(null);
  const [teamName, setTeamName] = useState(defaultTeamName);
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getHost().invoke('shopHost:status', {}).then((r) => setStatus(r.ok ? r.value : { state: 'failed', detail: r.error }));
  }, []);

  const newCode = async (): Promise<void> => {
    const r = await getHost().invoke('shopHost:new-code', {});
    if (!r.ok) return setError(t('team.host.failed', { detail: r.error }));
    if (!r.value.ok) return setError(t('team.host.failed', { detail: r.value.detail }));
    setError(null);
    setCode(r.value.code);
  };

  const start = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!teamName.trim()) return setError(t('team.host.teamNameMissing'));
    setBusy(true);
    setError(null);
    setStatus({ state: 'starting', teamName: teamName.trim() });
    try {
      const r = await getHost().invoke('shopHost:start', { teamName: teamName.trim() });
      const next: ShopHostStatus = r.ok ? r.value : { state: 'failed', detail: r.error };
      setStatus(next);
      if (next.state === 'running') await newCode();
    } finally {
      setBusy(false);
    }
  };

  const stop = async (): Promise<void> => {
    const r = await getHost().invoke('shopHost:stop', {});
    setStatus(r.ok ? r.value : { state: 'failed', detail: r.error });
    setCode(null);
  };

  if (!status) return null;
  return (
    <div className="team__host" data-testid="host-mode">
      <h3>{t('team.host.title')}</h3>
      {status.state === 'running' ? (
        <>
          <p data-testid="host-running">{t('team.host.running')}</p>
          <dl className="team__facts">
            <dt>{t('team.name')}</dt>
            <dd>{status.teamName}</dd>
            <dt>{t('team.host.addresses')}</dt>
            <dd data-testid="host-addresses">{status.addresses.map((a) => <code key={a} className="team__address">{a}</code>)}</dd>
            <dt>{t('team.host.code')}</dt>
            <dd><code data-testid="host-code" className="team__code">{code ?? '—'}</code></dd>
            <dt>{t('team.host.fingerprint')}</dt>
            <dd><code className="team__fingerprint">{status.fingerprint}</code></dd>
          </dl>
          <div className="team__buttons">
            <button className="btn" type="button" onClick={() => void newCode()} data-testid="host-new-code">{t('team.host.newCode')}</button>
            <button className="btn btn--danger" type="button" onClick={() => void stop()} data-testid="host-stop">{t('team.host.stop')}</button>
          </div>
        </>
      ) : (
        <form className="team__form" onSubmit={(e) => void start(e)} noValidate>
          <p className="muted team__wide">{t('team.host.hint')}</p>
          <Field label={t('team.host.teamName')} htmlFor="hostTeamName">
            <input id="hostTeamName" value={teamName} onChange={(e) => setTeamName(e.target.value)} maxLength={60} />
          </Field>
          <div className="team__actions">
            <button className="btn" type="submit" disabled={busy} data-testid="host-start">{busy ? t('team.host.starting') : t('team.host.start')}</button>
          </div>
        </form>
      )}
      {status.state === 'failed' && !error ? <p className="error" role="alert" data-testid="host-error">{t('team.host.failed', { detail: status.detail })}</p> : null}
      {error ? <p className="error" role="alert" data-testid="host-error">{error}</p> : null}
    </div>
  );
}
