import { useState } from 'react';
import type { Product, Shop } from '@shared/schemas/entities';
import { problemsOf, ProblemError } from '@shared/lib/problem';
import { deleteProduct, saveProduct } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors, type Translate } from '../../i18n';
import { Field, FormProblems, useConfirm } from '../../ui';
import { fieldsOf, starterChart, stateOf, type EditorState } from './editorState';
import { SkuTable } from './SkuTable';
import { SizeChartEditor } from './SizeChartEditor';
import { QaEditor } from './QaEditor';

const INPUTS = ['products.shopId', 'products.title', 'products.code', 'products.priceFen', 'products.category', 'products.material', 'products.sellingPoints'];

/** Create or edit one product: facts, SKUs with stock, size chart, FAQ and 问大家. Every refusal is named. */
export function ProductEditor({ product, shops, defaultShopId, agentId, onDone }: { product: Product | null; shops: Shop[]; defaultShopId: string; agentId: string; onDone: (saved: Product | null) => void }) {
  const { t } = useTranslation();
  const [s, setS] = useState<EditorState>(() => stateOf(product, defaultShopId));
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const confirm = useConfirm();
  const ctx = () => ({ agentId, now: Date.now() });
  const set = <K extends keyof EditorState>(k: K, v: EditorState[K]) => setS((old) => ({ ...old, [k]: v }));
  const refuse = (e: unknown) => {
    setErrors(fieldErrors(t as Translate, e, INPUTS));
    setInvalid(new Set(problemsOf(e).map((p) => p.field ?? '')));
  };

  const save = async (): Promise<void> => {
    const form = fieldsOf(s, product);
    if (!form.ok) return refuse(ProblemError.of(form.problems));
    setBusy(true);
    try {
      const saved = await saveProduct(product?.id ?? null, form.fields, ctx());
      onDone(saved);
    } catch (e) {
      refuse(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (): Promise<void> => {
    if (!product) return;
    const yes = await confirm.ask({ title: t('knowledge.editor.delete'), body: t('knowledge.editor.deleteConfirm', { title: product.title }), confirmLabel: t('knowledge.editor.delete'), cancelLabel: t('dialog.cancel'), danger: true });
    if (!yes) return;
    await deleteProduct(product.id, ctx());
    onDone(null);
  };

  const err = (f: string) => errors.byField[f];
  return (
    <form className="product-editor" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="product-editor">
      <div className="product-editor__bar">
        <h2>{product ? t('knowledge.editor.editTitle', { title: product.title }) : t('knowledge.editor.newTitle')}</h2>
        <span className="product-editor__actions">
          {product ? <button type="button" className="btn btn--danger" onClick={() => void remove()}>{t('knowledge.editor.delete')}</button> : null}
          <button type="button" className="btn" onClick={() => onDone(null)}>{t('knowledge.editor.cancel')}</button>
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="product-save">{t('knowledge.editor.save')}</button>
        </span>
      </div>
      <FormProblems lines={errors.rest} testId="product-problems" />
      {confirm.dialog}
      <div className="product-editor__body">
        <div className="product-editor__col">
          <Field label={t('knowledge.editor.shop')} htmlFor="pe-shop" error={err('products.shopId')}>
            <select id="pe-shop" value={s.shopId} onChange={(e) => set('shopId', e.target.value)}>
              {shops.map((shop) => <option key={shop.id} value={shop.id}>{shop.name}</option>)}
            </select>
          </Field>
          <Field label={t('knowledge.editor.title')} htmlFor="pe-title" error={err('products.title')}>
            <input id="pe-title" value={s.title} onChange={(e) => set('title', e.target.value)} maxLength={200} autoFocus />
          </Field>
          <div className="product-editor__pair">
            <Field label={t('knowledge.editor.code')} htmlFor="pe-code" error={err('products.code')}>
              <input id="pe-code" value={s.code} onChange={(e) => set('code', e.target.value)} maxLength={64} />
            </Field>
            <Field label={t('knowledge.editor.price')} htmlFor="pe-price" error={err('products.priceFen')}>
              <input id="pe-price" value={s.price} onChange={(e) => set('price', e.target.value)} inputMode="decimal" />
            </Field>
          </div>
          <div className="product-editor__pair">
            <Field label={t('knowledge.editor.category')} htmlFor="pe-category" error={err('products.category')}>
              <input id="pe-category" value={s.category} onChange={(e) => set('category', e.target.value)} maxLength={60} />
            </Field>
            <Field label={t('knowledge.material')} htmlFor="pe-material" error={err('products.material')}>
              <input id="pe-material" value={s.material} onChange={(e) => set('material', e.target.value)} maxLength={200} />
            </Field>
          </div>
          <Field label={t('knowledge.editor.sellingPoints')} htmlFor="pe-points" error={err('products.sellingPoints')}>
            <textarea id="pe-points" rows={3} value={s.sellingPoints} onChange={(e) => set('sellingPoints', e.target.value)} />
          </Field>
          <QaEditor kind="faqs" items={s.faqs} invalid={invalid} onChange={(v) => set('faqs', v)} />
          <QaEditor kind="asks" items={s.asks} invalid={invalid} onChange={(v) => set('asks', v)} />
        </div>
        <div className="product-editor__col">
          <SkuTable skus={s.skus} invalid={invalid} onChange={(v) => set('skus', v)} />
          <SizeChartEditor chart={s.chart} invalid={invalid} onChange={(v) => set('chart', v)} onCreate={() => set('chart', starterChart(s.skus))} />
        </div>
      </div>
    </form>
  );
}
