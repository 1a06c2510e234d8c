import { useEffect, useState } from 'react';
import { DEFAULT_DELIVERY, MAX_EXPIRE_MINUTES, MIN_EXPIRE_MINUTES, type ShopDelivery } from '@shared/domain/outbox';
import type { PaletteStatus } from '@shared/host/contract';
import { formatShanghaiTime } from '@shared/lib/time';
import type { OutboxHostInfo } from '@shared/schemas/outbox';
import type { Shop } from '@shared/schemas/entities';
import { listShops, readShopDeliveries, saveShopDelivery, useLive, useSharedLive } from '../../data';
import { getHost, invokeHost } from '../../host';
import { useErrorText, useTranslation } from '../../i18n';
import { useWriteContext } from '../../state/writeContext';
import { Select } from '../../ui/Select';
import { useNow } from '../../ui/useNow';

/**
 * 设置 → 接入 → 发送方式: per shop, companion (clipboard, the default) or bridge with its time
 * limit; whether a bridge is picking up; and the phrase palette's global hotkey.
 */
export function OutboxSection() {
  const { t } = useTranslation();
  const shops = useSharedLive(listShops, [] as Shop[]);
  const saved = useLive(() => readShopDeliveries(shops.map((s) => s.id)), [shops], {} as Record<string, ShopDelivery>);
  const now = useNow(2_000);
  const [info, setInfo] = useState<OutboxHostInfo | null>(null);
  useEffect(() => {
    let live = true;
    invokeHost('outbox:info', {}).then((v) => { if (live) setInfo(v); }, () => undefined);
    return () => { live = false; };
  }, [now]);

  return (
    <section className="card ingest" data-testid="outbox-section">
      <h2>{t('settings.outbox.title')}</h2>
      <p className="muted">{t('settings.outbox.hint')}</p>
      {info ? (
        <p data-testid="outbox-bridge">
          {info.lastPullAt === null ? t('settings.outbox.bridgeNever', { pending: info.pending }) : t('settings.outbox.bridgeSeen', { time: formatShanghaiTime(info.lastPullAt), pending: info.pending })}
        </p>
      ) : null}
      <ul className="outbox-shops">
        {shops.map((s) => <ShopDeliveryRow key={s.id} shop={s} value={saved[s.id] ?? DEFAULT_DELIVERY} />)}
      </ul>
      <PaletteHotkey />
    </section>
  );
}

function ShopDeliveryRow({ shop, value }: { shop: Shop; value: ShopDelivery }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ctx = useWriteContext();
  const [mode, setMode] = useState(value.mode);
  const [minutes, setMinutes] = useState(String(value.expireMinutes));
  const [note, setNote] = useState('');
  useEffect(() => { setMode(value.mode); setMinutes(String(value.expireMinutes)); }, [value.mode, value.expireMinutes]);
  const save = async (): Promise<void> => {
    try {
      const n = Number(minutes);
      await saveShopDelivery(shop.id, { mode, expireMinutes: Number.isInteger(n) ? Math.min(MAX_EXPIRE_MINUTES, Math.max(MIN_EXPIRE_MINUTES, n)) : value.expireMinutes }, ctx());
      setNote(t('settings.outbox.saved'));
    } catch (e) {
      setNote(errorText(e));
    }
  };
  return (
    <li className="outbox-shop" data-testid="outbox-shop" data-shop-id={shop.id}>
      <strong>{shop.name}</strong>
      <Select label={t('settings.outbox.mode')} value={mode} options={(['companion', 'bridge'] as const).map((m) => ({ value: m, label: t(`settings.outbox.modes.${m}`) }))} onChange={(v) => setMode(v === 'bridge' ? 'bridge' : 'companion')} testId="outbox-mode" />
      <label className="outbox-shop__expire" title={t('settings.outbox.expireHint')}>
        {t('settings.outbox.expire')}
        <input type="number" min={MIN_EXPIRE_MINUTES} max={MAX_EXPIRE_MINUTES} value={minutes} onChange={(e) => setMinutes(e.target.value)} data-testid="outbox-expire" />
      </label>
      <button type="button" className="btn btn--small" onClick={() => void save()} data-testid="outbox-save">{t('settings.outbox.save')}</button>
      {note ? <span role="status" className="muted">{note}</span> : null}
    </li>
  );
}

function PaletteHotkey() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<PaletteStatus | null>(null);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const electron = getHost().kind === 'electron';
  useEffect(() => {
    void invokeHost('palette:status', {}).then((s) => { setStatus(s); setTyped(s.accelerator); }, () => undefined);
  }, []);
  if (!electron) return <p className="muted" data-testid="palette-hotkey">{t('phrasePalette.inPage')}</p>;
  const change = async (): Promise<void> => {
    try {
      const s = await invokeHost('palette:set-hotkey', { accelerator: typed.trim() });
      setStatus(s);
      setMessage(s.error ? t(`phrasePalette.${s.error}`, { key: typed.trim(), current: s.accelerator }) : t('settings.outbox.saved'));
    } catch {
      setMessage(t('phrasePalette.invalid', { key: typed.trim() }));
    }
  };
  return (
    <div data-testid="palette-hotkey">
      <label>
        {t('phrasePalette.hotkey')} <input value={typed} onChange={(e) => setTyped(e.target.value)} aria-describedby="palette-hotkey-hint" />
      </label>
      <button type="button" className="btn btn--small" onClick={() => void change()}>{t('phrasePalette.setHotkey')}</button>
      <p id="palette-hotkey-hint" className="muted">{t('phrasePalette.hotkeyHint')}</p>
      {status && !status.registered ? <p className="error" role="alert">{t('phrasePalette.notRegistered', { key: status.accelerator })}</p> : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
