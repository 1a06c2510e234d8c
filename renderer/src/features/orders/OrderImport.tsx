import type { Shop } from '@shared/schemas/entities';
import { useSession } from '../../state/session';
import { problemText, useErrorText, useTranslation } from '../../i18n';
import { useOrderImport } from './orderImportRun';

/** Problems shown in full; a file with more is summarised (they are all the same kind, usually). */
const SHOWN = 50;

/**
 * 导入订单: a platform's order export (Taobao 订单报表, JD or Pinduoduo CSV, UTF-8 or GBK) into
 * one shop. The agent sees what will happen and every refused row (row, column, why) before
 * anything is written; the good rows go in with one click, the bad ones stay out. The file is
 * decoded, checked and written in an import worker (data/orders/importClient), batch by batch
 * with the count shown, so the console answers clicks all along (see orderImportRun).
 */
export function OrderImport({ shops, onClose }: { shops: Shop[]; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const agentId = useSession((s) => s.agentId) ?? '';
  const s = useOrderImport();
  const shopId = s.shopId ?? shops[0]?.id ?? '';
  const { loaded, done, progress } = s;

  const problems = loaded ? [...loaded.file.problems, ...loaded.preview.problems].sort((a, b) => a.row - b.row) : done?.problems ?? [];
  const importable = loaded ? loaded.preview.created + loaded.preview.updated : 0;

  return (
    <section className="order-import" data-testid="order-import" aria-label={t('orders.import.title')}>
      <div className="order-import__bar">
        <strong>{t('orders.import.title')}</strong>
        <label>
          {t('orders.import.shop')}
          <select value={shopId} onChange={(e) => void s.changeShop(e.target.value, agentId)} disabled={s.busy} data-testid="order-import-shop">
            {shops.map((shop) => <option key={shop.id} value={shop.id}>{shop.name}</option>)}
          </select>
        </label>
        <button type="button" className="btn" onClick={() => void s.pick(shopId, agentId)} disabled={s.busy || !shopId} data-testid="order-import-pick">{t('orders.import.pick')}</button>
        <span className="muted">{t('orders.import.hint')}</span>
        <button type="button" className="btn btn--ghost order-import__close" onClick={() => { s.close(); onClose(); }}>{t('orders.import.close')}</button>
      </div>
      {s.error !== null ? <p className="error" role="alert">{errorText(s.error)}</p> : null}
      {s.reading ? <p className="muted" role="status" data-testid="order-import-reading">{t('orders.import.reading', { name: s.reading })}</p> : null}
      {loaded ? (
        <div className="order-import__preview" data-testid="order-import-preview">
          <p>{t('orders.import.preview', { name: loaded.name, rows: loaded.file.rows, created: loaded.preview.created, updated: loaded.preview.updated, unchanged: loaded.preview.unchanged, buyers: loaded.preview.newBuyers })}</p>
          <button type="button" className="btn btn--primary" onClick={() => void s.confirm(shopId, agentId)} disabled={s.busy || importable === 0} data-testid="order-import-confirm">
            {t('orders.import.confirm', { count: importable })}
          </button>
        </div>
      ) : null}
      {progress ? (
        <p role="status" className="order-import__progress" data-testid="order-import-progress" data-done={progress.done} data-total={progress.total}>
          {t('orders.import.progress', { done: progress.done, total: progress.total })}
          <progress max={progress.total || 1} value={progress.done} />
        </p>
      ) : null}
      {done ? <p className="pnotice" role="status" data-testid="order-import-done">{t('orders.import.done', { created: done.created, updated: done.updated, unchanged: done.unchanged, buyers: done.newBuyers })}</p> : null}
      {problems.length > 0 ? (
        <div className="order-import__problems">
          <p className="error">{t('orders.import.refused', { count: problems.length })}</p>
          <ul>
            {problems.slice(0, SHOWN).map((p, i) => <li key={i} data-testid="order-import-problem">{problemText(t, p)}</li>)}
          </ul>
          {problems.length > SHOWN ? <p className="muted">{t('orders.import.more', { count: problems.length - SHOWN })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
