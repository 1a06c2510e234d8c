import { useState } from 'react';
import { readOrderFile, type ImportedOrder, type OrderImportProblem } from '@shared/domain/orderImport';
import { parseCsv } from '@shared/lib/csv';
import type { Shop } from '@shared/schemas/entities';
import { importOrders, previewOrderImport, type OrderImportOutcome } from '../../data';
import { openTextFile } from '../../host';
import { useSession } from '../../state/session';
import { problemText, useErrorText, useTranslation } from '../../i18n';

/** Problems shown in full; a file with more is summarised (they are all the same kind, usually). */
const SHOWN = 50;

interface Loaded {
  name: string;
  rows: number;
  orders: ImportedOrder[];
  fileProblems: OrderImportProblem[];
  preview: OrderImportOutcome;
}

/**
 * 导入订单: a platform's order export (Taobao 订单报表, JD or Pinduoduo CSV, UTF-8 or GBK) into
 * one shop. The agent sees what will happen and every refused row (row, column, why) before
 * anything is written; the good rows go in with one click, the bad ones stay out.
 */
export function OrderImport({ shops, onClose }: { shops: Shop[]; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const agentId = useSession((s) => s.agentId) ?? '';
  const [shopId, setShopId] = useState(shops[0]?.id ?? '');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [done, setDone] = useState<OrderImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (what: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await what();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const load = (forShop: string, file: { name: string; text: string }): Promise<void> => run(async () => {
    const read = readOrderFile(parseCsv(file.text).records);
    setDone(null);
    setLoaded({ name: file.name, rows: read.rows, orders: read.orders, fileProblems: read.problems, preview: await previewOrderImport(forShop, read.orders) });
  });
  const pick = (): Promise<void> => run(async () => {
    const file = await openTextFile(['csv', 'txt']);
    if (file) await load(shopId, file);
  });
  const changeShop = async (id: string): Promise<void> => {
    setShopId(id);
    if (loaded) await run(async () => setLoaded({ ...loaded, preview: await previewOrderImport(id, loaded.orders) }));
  };
  const confirm = (): Promise<void> => run(async () => {
    if (!loaded) return;
    setDone(await importOrders(shopId, loaded.orders, { agentId, now: Date.now() }));
    setLoaded(null);
  });

  const problems = loaded ? [...loaded.fileProblems, ...loaded.preview.problems].sort((a, b) => a.row - b.row) : done?.problems ?? [];
  const importable = loaded ? loaded.preview.created + loaded.preview.updated : 0;

  return (
    <section className="order-import" data-testid="order-import" aria-label={t('orders.import.title')}>
      <div className="order-import__bar">
        <strong>{t('orders.import.title')}</strong>
        <label>
          {t('orders.import.shop')}
          <select value={shopId} onChange={(e) => void changeShop(e.target.value)} data-testid="order-import-shop">
            {shops.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <button type="button" className="btn" onClick={() => void pick()} disabled={busy || !shopId} data-testid="order-import-pick">{t('orders.import.pick')}</button>
        <span className="muted">{t('orders.import.hint')}</span>
        <button type="button" className="btn btn--ghost order-import__close" onClick={onClose}>{t('orders.import.close')}</button>
      </div>
      {error ? <p className="error" role="alert">{error}</p> : null}
      {loaded ? (
        <div className="order-import__preview" data-testid="order-import-preview">
          <p>{t('orders.import.preview', { name: loaded.name, rows: loaded.rows, created: loaded.preview.created, updated: loaded.preview.updated, unchanged: loaded.preview.unchanged, buyers: loaded.preview.newBuyers })}</p>
          <button type="button" className="btn btn--primary" onClick={() => void confirm()} disabled={busy || importable === 0} data-testid="order-import-confirm">
            {t('orders.import.confirm', { count: importable })}
          </button>
        </div>
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
