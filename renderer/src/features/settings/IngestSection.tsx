import { useEffect, useState } from 'react';
import type { IngestInfo } from '@shared/schemas/ingest';
import { ingestLocalStatus, listShops, useLive, useSharedLive } from '../../data';
import { invokeHost } from '../../host';
import { useErrorText, useTranslation } from '../../i18n';
import { useNow } from '../../ui/useNow';
import { useConfirm } from '../../ui';
import { curlExample } from './ingestExample';
import { IngestRejections } from './IngestRejections';
import './ingest.css';

const REFRESH_MS = 2_000;

/** 接入: where a shop's ERP or bridge posts events, its token, and what came in or was refused. */
export function IngestSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [info, setInfo] = useState<IngestInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const now = useNow(REFRESH_MS);
  const local = useLive(() => ingestLocalStatus(Date.now()), [], null);
  const shops = useSharedLive(listShops, []);
  const confirm = useConfirm();

  useEffect(() => {
    let live = true;
    invokeHost('ingest:info', {}).then(
      (value) => { if (live) { setInfo(value); setError(null); } },
      (e: unknown) => { if (live) setError(errorText(e)); },
    );
    return () => { live = false; };
  }, [now, errorText]);

  const copy = (what: string, text: string): void => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(what), () => setCopied(null));
  };
  const regenerate = async (): Promise<void> => {
    if (!(await confirm.ask({ title: t('settings.ingest.regenerateTitle'), body: t('settings.ingest.regenerateConfirm'), confirmLabel: t('settings.ingest.regenerate'), cancelLabel: t('dialog.cancel'), danger: true }))) return;
    try {
      setInfo(await invokeHost('ingest:regenerate-token', {}));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const shopId = shops[0]?.id ?? 'SHOP_ID';
  return (
    <section className="card ingest" data-testid="ingest-section">
      <h2>{t('settings.ingest.title')}</h2>
      <p className="muted">{t('settings.ingest.hint')}</p>
      {error ? <p className="error" role="alert">{t('settings.ingest.unavailable', { error })}</p> : null}
      {info ? (
        <>
          <p data-testid="ingest-state" className={info.running ? 'ingest__on' : 'error'}>
            {info.running ? t('settings.ingest.running') : t('settings.ingest.stopped', { error: info.lastError ?? '—' })}
          </p>
          <dl className="ingest__facts">
            <dt>{t('settings.ingest.url')}</dt>
            <dd><code data-testid="ingest-url">{info.url}</code> <button className="btn btn--ghost" onClick={() => copy('url', info.url)}>{t('settings.ingest.copy')}</button></dd>
            <dt>{t('settings.ingest.token')}</dt>
            <dd>
              <code data-testid="ingest-token">{shown ? info.token : '•'.repeat(16)}</code>{' '}
              <button className="btn btn--ghost" onClick={() => setShown(!shown)}>{shown ? t('settings.ingest.hide') : t('settings.ingest.show')}</button>
              <button className="btn btn--ghost" onClick={() => copy('token', info.token)}>{t('settings.ingest.copy')}</button>
              <button className="btn btn--ghost" onClick={() => void regenerate()}>{t('settings.ingest.regenerate')}</button>
            </dd>
            <dt>{t('settings.ingest.shops')}</dt>
            <dd>{shops.map((s) => <span key={s.id} className="ingest__shop">{s.name} <code>{s.id}</code></span>)}</dd>
          </dl>
          <p className="ingest__counts" data-testid="ingest-counts">
            {t('settings.ingest.counts', { received: info.receivedToday, pending: info.pending, applied: local?.appliedToday ?? 0, parked: local?.parked ?? 0 })}
          </p>
          {copied ? <p role="status" className="muted">{t(`settings.ingest.copied.${copied}`)}</p> : null}
          <h3>{t('settings.ingest.example')}</h3>
          <pre className="ingest__curl" data-testid="ingest-curl">{curlExample(info.url, shown ? info.token : '<token>', shopId, now)}</pre>
          <button className="btn btn--ghost" onClick={() => copy('curl', curlExample(info.url, info.token, shopId, Date.now()))}>{t('settings.ingest.copyExample')}</button>
          <IngestRejections rejections={info.rejections} problems={local?.problems ?? []} />
        </>
      ) : null}
      {confirm.dialog}
    </section>
  );
}
