import type { ProductHit } from '@shared/domain/presale';
import { useTranslation } from '../../i18n';

/** One product's facts: SKUs with stock, sizes, material, selling points and FAQ (问大家). */
export function ProductCard({ hit, onInsert }: { hit: ProductHit; onInsert?: (text: string) => void }) {
  const { t } = useTranslation();
  const p = hit.product;
  const sizes = [...new Set(p.skus.map((s) => s.size))];
  const stock = p.skus.reduce((n, s) => n + s.stock, 0);
  const insertBtn = (text: string) => onInsert ? <button className="btn btn--small" onClick={() => onInsert(text)} data-testid="knowledge-insert">{t('knowledge.insert')}</button> : null;
  return (
    <article className="product" data-testid="product-card">
      <h3>{p.title}</h3>
      <dl className="product__facts">
        <dt>{t('knowledge.material')}</dt><dd>{p.material} {insertBtn(`${p.title}的面料是${p.material}`)}</dd>
        <dt>{t('knowledge.sizes')}</dt><dd>{sizes.join(' / ') || '—'}</dd>
        <dt>{t('knowledge.stock')}</dt><dd>{t('knowledge.stockTotal', { count: stock })}</dd>
      </dl>
      <details>
        <summary>{t('knowledge.skus', { count: p.skus.length })}</summary>
        <table className="table product__skus">
          <thead><tr><th>SKU</th><th>{t('knowledge.size')}</th><th>{t('knowledge.color')}</th><th>{t('knowledge.stock')}</th></tr></thead>
          <tbody>{p.skus.map((s) => <tr key={s.sku}><td className="mono">{s.sku}</td><td>{s.size}</td><td>{s.color}</td><td className={s.stock === 0 ? 'bad' : ''}>{s.stock}</td></tr>)}</tbody>
        </table>
      </details>
      <h4>{t('knowledge.sellingPoints')}</h4>
      <ul className="product__list">{p.sellingPoints.map((sp) => <li key={sp}><span>{sp}</span>{insertBtn(sp)}</li>)}</ul>
      <h4>{t('knowledge.faq')}</h4>
      <ul className="product__list">
        {hit.faqs.map((f) => <li key={f.q}><span><b>{t('knowledge.q')}</b>{f.q}<br /><b>{t('knowledge.a')}</b>{f.a}</span>{insertBtn(f.a)}</li>)}
      </ul>
    </article>
  );
}
