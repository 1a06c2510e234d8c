import { useTranslation } from '../../i18n';
import type { EditorState } from './editorState';

type Sku = EditorState['skus'][number];

/** SKUs as rows: colour, size, stock, SKU code; cells the store refused are marked. */
export function SkuTable({ skus, invalid, onChange }: { skus: Sku[]; invalid: ReadonlySet<string>; onChange: (skus: Sku[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, k: keyof Sku, v: string) => onChange(skus.map((s, j) => (j === i ? { ...s, [k]: v } : s)));
  const bad = (i: number, k?: string) => invalid.has(`products.skus.${i}${k ? `.${k}` : ''}`) || (k !== undefined && invalid.has(`products.skus.${i}`) && (k === 'color' || k === 'size'));
  return (
    <div className="editor-section">
      <h4>{t('knowledge.editor.skus')}</h4>
      {skus.length ? (
        <table className="table editor-table" data-testid="sku-table">
          <thead><tr><th>{t('knowledge.color')}</th><th>{t('knowledge.size')}</th><th>{t('knowledge.stock')}</th><th>{t('knowledge.editor.skuCode')}</th><th /></tr></thead>
          <tbody>
            {skus.map((s, i) => (
              <tr key={i}>
                {(['color', 'size', 'stock', 'sku'] as const).map((k) => (
                  <td key={k}>
                    <input value={s[k]} onChange={(e) => set(i, k, e.target.value)} aria-label={t('knowledge.editor.skuCell', { n: i + 1, field: t(k === 'sku' ? 'knowledge.editor.skuCode' : `knowledge.${k}`) })} aria-invalid={bad(i, k)} inputMode={k === 'stock' ? 'numeric' : undefined} />
                  </td>
                ))}
                <td><button type="button" className="link" onClick={() => onChange(skus.filter((_, j) => j !== i))}>{t('knowledge.editor.remove')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="muted">{t('knowledge.editor.noSkus')}</p>}
      <button type="button" className="btn btn--small" onClick={() => onChange([...skus, { sku: '', color: skus.at(-1)?.color ?? '', size: '', stock: '0' }])}>{t('knowledge.editor.addSku')}</button>
    </div>
  );
}
