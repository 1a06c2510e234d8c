import { useMemo, useState } from 'react';
import type { Shop } from '@shared/schemas/entities';
import { planProductImport, type ProductFileResult } from '@shared/domain/products';
import { useLive } from '../../data';
import { importProducts, listProducts, type ProductImportOutcome } from '../../data';
import { problemText, useErrorText, useTranslation } from '../../i18n';
import { Field } from '../../ui';
import { openProductFile, saveProductWorkbook } from './productFiles';

/**
 * 导入商品: Taobao's 宝贝 export (CSV, GBK or UTF-8) or the product workbook (XLSX). The file is
 * read and previewed first — new, updated, unchanged, and every refused row named — and only
 * written when the agent confirms; the rows that pass go in together.
 */
export function ProductImport({ shops, agentId, onClose }: { shops: Shop[]; agentId: string; onClose?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const products = useLive(listProducts, [], []);
  const [shopId, setShopId] = useState(shops[0]?.id ?? '');
  const [file, setFile] = useState<{ name: string; result: ProductFileResult } | null>(null);
  const [done, setDone] = useState<ProductImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shop = shopId || shops[0]?.id || '';
  const plan = useMemo(() => (file ? planProductImport(products, shop, file.result.products) : null), [file, products, shop]);

  const pick = async (): Promise<void> => {
    setError(null);
    setDone(null);
    try {
      const opened = await openProductFile();
      if (opened) setFile(opened);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const confirm = async (): Promise<void> => {
    if (!file) return;
    setBusy(true);
    try {
      setDone(await importProducts(shop, file.result.products, { agentId, now: Date.now() }));
      setFile(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const count = file?.result.products.length ?? 0;
  return (
    <section className="card product-import" data-testid="product-import">
      <h3>{t('knowledge.import.title')}</h3>
      <p className="muted">{t('knowledge.import.hint')}</p>
      <div className="product-import__bar">
        <Field label={t('knowledge.import.shop')} htmlFor="product-import-shop">
          <select id="product-import-shop" value={shop} onChange={(e) => setShopId(e.target.value)} data-testid="product-import-shop">
            {shops.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Field>
        <button type="button" className="btn btn--primary" onClick={() => void pick()} data-testid="product-import-pick">{t('knowledge.import.pick')}</button>
        <button type="button" className="btn" onClick={() => void saveProductWorkbook(t('knowledge.import.templateName'), []).catch((e: unknown) => setError(errorText(e)))} data-testid="product-template">{t('knowledge.import.template')}</button>
        {onClose ? <button type="button" className="btn" onClick={onClose}>{t('knowledge.import.close')}</button> : null}
      </div>
      {file && plan ? (
        <div className="product-import__preview" role="status" data-testid="product-import-preview">
          <p><strong>{file.name}</strong> · {t('knowledge.import.summary', { count, created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged })}</p>
          {file.result.problems.length ? <p className="error">{t('knowledge.import.refused', { count: file.result.problems.length })}</p> : null}
          <ul className="product-import__problems">
            {file.result.problems.slice(0, 200).map((p, i) => <li key={`p${i}`} className="bad" data-testid="product-import-problem">{problemText(t, p)}</li>)}
            {file.result.warnings.slice(0, 50).map((p, i) => <li key={`w${i}`} className="warn">{problemText(t, p)}</li>)}
          </ul>
          <button type="button" className="btn btn--primary" disabled={busy || count === 0} onClick={() => void confirm()} data-testid="product-import-confirm">{t('knowledge.import.confirm', { count })}</button>
          <button type="button" className="btn" onClick={() => setFile(null)}>{t('knowledge.import.discard')}</button>
        </div>
      ) : null}
      {done ? <p role="status" data-testid="product-import-done">{t('knowledge.import.done', { created: done.created, updated: done.updated, unchanged: done.unchanged })}</p> : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
    </section>
  );
}
