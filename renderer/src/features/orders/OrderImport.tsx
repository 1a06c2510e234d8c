import { useState } from 'react';
import { shopMismatch } from '@shared/domain/orderImport';
import type { Shop } from '@shared/schemas/entities';
import { readSetting, useLive } from '../../data';
import { useSession } from '../../state/session';
import { problemText, useErrorText, useTranslation } from '../../i18n';
import { Field } from '../../ui';
import { saveImportProblems } from './importProblemsCsv';
import { LAST_IMPORT_SHOP, useOrderImport } from './orderImportRun';

/** Problems shown in full; a file with more is summarised (they are all the same kind, usually). */
const SHOWN = 50;

/**
 * 导入订单: a platform's order export (Taobao 订单报表 with its 宝贝明细, JD or Pinduoduo CSV,
 * UTF-8 or GBK) — or its refund / aftersale export, which becomes aftersale cases — into one shop — the last one imported into, unless the agent picks another.
 * The agent sees what will happen, every refused row (row, column, why) and a warning when the
 * file names another shop or platform, before anything is written; the good rows go in with
 * one click, the bad ones stay listed afterwards and can be saved as CSV. The file is decoded,
 * checked and written in an import worker (data/orders/importClient), batch by batch with the
 * count shown, so the console answers clicks all along (see orderImportRun).
 */
export function OrderImport({ shops, onClose }: { shops: Shop[]; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const agentId = useSession((s) => s.agentId) ?? '';
  const s = useOrderImport();
  const remembered = useLive(() => readSetting<string | null>(LAST_IMPORT_SHOP, null), [], null);
  const shopId = s.shopId ?? shops.find((x) => x.id === remembered)?.id ?? shops[0]?.id ?? '';
  const shop = shops.find((x) => x.id === shopId);
  const { loaded, done, progress } = s;
  const [ackFor, setAckFor] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const problems = loaded ? [...loaded.file.problems, ...loaded.preview.problems].sort((a, b) => a.row - b.row) : done?.problems ?? [];
  const importable = loaded ? loaded.preview.created + loaded.preview.updated : 0;
  const mismatch = loaded && shop ? shopMismatch(loaded.file, shop) : null;
  const ackKey = loaded ? `${loaded.name}|${shopId}` : '';
  const acked = !mismatch || ackFor === ackKey;
  // A refund / aftersale export picked here is told by its header: its rows become cases.
  const refunds = loaded?.file.kind === 'refunds';

  const save = async (): Promise<void> => {
    setSaveError(null);
    try {
      const path = await saveImportProblems(t, problems);
      if (path !== null) setSaved(path);
    } catch (e) {
      setSaveError(errorText(e));
    }
  };

  return (
    <section className="order-import" data-testid="order-import" aria-label={t('orders.import.title')}>
      <div className="order-import__bar">
        <strong>{t('orders.import.title')}</strong>
        <Field label={t('orders.import.shop')} className="order-import__shop">
          <select value={shopId} onChange={(e) => void s.changeShop(e.target.value, agentId)} disabled={s.busy} data-testid="order-import-shop">
            {shops.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </select>
        </Field>
        <button type="button" className="btn" onClick={() => { setSaved(null); void s.pick(shopId, agentId); }} disabled={s.busy || !shopId} data-testid="order-import-pick">{t('orders.import.pick')}</button>
        <span className="muted">{t('orders.import.hint')}</span>
        <button type="button" className="btn btn--ghost order-import__close" onClick={() => { s.close(); onClose(); }}>{t('orders.import.close')}</button>
      </div>
      {s.error !== null ? <p className="error" role="alert">{errorText(s.error)}</p> : null}
      {s.reading ? <p className="muted" role="status" data-testid="order-import-reading">{t('orders.import.reading', { name: s.reading })}</p> : null}
      {loaded ? (
        <div className="order-import__preview" data-testid="order-import-preview">
          {refunds ? <p data-testid="order-import-kind">{t('orders.import.refundFile')}</p> : null}
          <p>{t(refunds ? 'orders.import.refundPreview' : 'orders.import.preview', { name: loaded.name, rows: loaded.file.rows, created: loaded.preview.created, updated: loaded.preview.updated, unchanged: loaded.preview.unchanged, buyers: loaded.preview.newBuyers })}</p>
          {loaded.file.detailRows > 0 ? <p className="muted" data-testid="order-import-detail">{t('orders.import.detailJoined', { count: loaded.file.detailRows })}</p> : null}
          {mismatch && shop ? (
            <div className="error" role="alert" data-testid="order-import-mismatch">
              <p>
                {mismatch.kind === 'name'
                  ? t('orders.import.mismatchName', { names: mismatch.names.join('、'), shop: shop.name })
                  : t('orders.import.mismatchPlatform', { platform: t(`orders.platform.${mismatch.file}`), shop: shop.name })}
              </p>
              <Field label={t('orders.import.mismatchAck')} check>
                <input type="checkbox" checked={acked} onChange={(e) => setAckFor(e.target.checked ? ackKey : '')} data-testid="order-import-mismatch-ack" />
              </Field>
            </div>
          ) : null}
          <button type="button" className="btn btn--primary" onClick={() => void s.confirm(shopId, agentId)} disabled={s.busy || importable === 0 || !acked} data-testid="order-import-confirm">
            {t(refunds ? 'orders.import.refundConfirm' : 'orders.import.confirm', { count: importable })}
          </button>
        </div>
      ) : null}
      {progress ? (
        <p role="status" className="order-import__progress" data-testid="order-import-progress" data-done={progress.done} data-total={progress.total}>
          {t('orders.import.progress', { done: progress.done, total: progress.total })}
          <progress max={progress.total || 1} value={progress.done} />
        </p>
      ) : null}
      {done ? <p className="pnotice" role="status" data-testid="order-import-done">{t(s.doneKind === 'refunds' ? 'orders.import.refundDone' : 'orders.import.done', { created: done.created, updated: done.updated, unchanged: done.unchanged, buyers: done.newBuyers })}</p> : null}
      {problems.length > 0 ? (
        <div className="order-import__problems">
          <p className="error">{t('orders.import.refused', { count: problems.length })}</p>
          <ul>
            {problems.slice(0, SHOWN).map((p, i) => <li key={i} data-testid="order-import-problem">{problemText(t, p)}</li>)}
          </ul>
          {problems.length > SHOWN ? <p className="muted">{t('orders.import.more', { count: problems.length - SHOWN })}</p> : null}
          <button type="button" className="btn" onClick={() => void save()} data-testid="order-import-save-problems">{t('orders.import.saveProblems')}</button>
          {saved !== null ? <span className="muted" role="status"> {t('orders.import.problemsSaved', { path: saved })}</span> : null}
          {saveError !== null ? <p className="error" role="alert">{saveError}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
