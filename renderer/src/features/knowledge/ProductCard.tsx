import type { ProductHit } from '@shared/domain/presale';
import { productCardText, recommendSize, sizeAnswerText, type BodyMeasures } from '@shared/domain/products';
import { useTranslation } from '../../i18n';
import { formatYuan } from '@shared/lib/money';
import { SizeChartTable } from './SizeChartTable';

/**
 * One product's facts: price, SKUs with stock, material, size chart, selling points, FAQ and 问大家.
 * Beside a chat (`onInsert`) every fact, the card itself and the size answer for the buyer's
 * measures go into the reply with one click.
 */
export function ProductCard({ hit, onInsert, onEdit, measures }: { hit: ProductHit; onInsert?: (text: string) => void; onEdit?: () => void; measures?: BodyMeasures }) {
  const { t } = useTranslation();
  const p = hit.product;
  const sizes = [...new Set(p.skus.map((s) => s.size).filter((s) => s !== ''))];
  const stock = p.skus.reduce((n, s) => n + s.stock, 0);
  const insertBtn = (text: string, testId = 'knowledge-insert', label = t('knowledge.insert')) => onInsert ? <button type="button" className="btn btn--small" onClick={() => onInsert(text)} data-testid={testId}>{label}</button> : null;
  const advice = p.sizeChart && measures && (measures.heightCm !== null || measures.weightKg !== null) ? recommendSize(p.sizeChart, measures) : null;
  const answer = advice && measures ? sizeAnswerText(p, advice, measures) : null;
  const asks = p.asks ?? [];
  return (
    <article className="product" data-testid="product-card">
      <div className="product__head">
        <h3>{p.title}</h3>
        {p.priceFen !== undefined ? <span className="product__price">{formatYuan(p.priceFen)}</span> : null}
        {onEdit ? <button type="button" className="btn btn--small" onClick={onEdit} data-testid="product-edit">{t('knowledge.edit')}</button> : null}
        {insertBtn(productCardText(p), 'knowledge-insert-card', t('knowledge.insertCard'))}
      </div>
      {advice ? (
        <div className={advice.kind === 'size' ? 'size-advice' : 'size-advice size-advice--none'} data-testid="size-advice">
          <span>
            {advice.kind === 'size' ? t('knowledge.advice.size', { size: advice.size })
              : advice.kind === 'outside' ? t(`knowledge.advice.outside.${advice.dimension}`)
              : t('knowledge.advice.noMatch')}
            {advice.kind === 'size' && advice.byHeight && advice.byWeight && advice.byHeight !== advice.byWeight ? ` · ${t('knowledge.advice.split', { height: advice.byHeight, weight: advice.byWeight })}` : ''}
          </span>
          {answer ? insertBtn(answer, 'size-insert', t('knowledge.insertSize')) : null}
        </div>
      ) : null}
      <dl className="product__facts">
        {p.code ? <><dt>{t('knowledge.editor.code')}</dt><dd className="mono">{p.code}</dd></> : null}
        <dt>{t('knowledge.material')}</dt><dd>{p.material || '—'} {p.material ? insertBtn(`${p.title}的面料是${p.material}`) : null}</dd>
        <dt>{t('knowledge.sizes')}</dt><dd>{sizes.join(' / ') || '—'}</dd>
        <dt>{t('knowledge.stock')}</dt><dd>{t('knowledge.stockTotal', { count: stock })}</dd>
      </dl>
      {p.skus.length ? (
        <details>
          <summary>{t('knowledge.skus', { count: p.skus.length })}</summary>
          <table className="table product__skus">
            <thead><tr><th>SKU</th><th>{t('knowledge.size')}</th><th>{t('knowledge.color')}</th><th>{t('knowledge.stock')}</th></tr></thead>
            <tbody>{p.skus.map((s, i) => <tr key={`${s.sku}-${i}`}><td className="mono">{s.sku}</td><td>{s.size}</td><td>{s.color}</td><td className={s.stock === 0 ? 'bad' : ''}>{s.stock}</td></tr>)}</tbody>
          </table>
        </details>
      ) : null}
      {p.sizeChart ? (
        <details open={!onInsert}>
          <summary>{t('knowledge.sizeChart')}</summary>
          <SizeChartTable chart={p.sizeChart} highlight={advice?.kind === 'size' ? advice.row : null} />
        </details>
      ) : null}
      {p.sellingPoints.length ? (
        <>
          <h4>{t('knowledge.sellingPoints')}</h4>
          <ul className="product__list">{p.sellingPoints.map((sp) => <li key={sp}><span>{sp}</span>{insertBtn(sp)}</li>)}</ul>
        </>
      ) : null}
      {hit.faqs.length ? (
        <>
          <h4>{t('knowledge.faqs')}</h4>
          <ul className="product__list">
            {hit.faqs.map((f) => <li key={f.q}><span><b>{t('knowledge.q')}</b>{f.q}<br /><b>{t('knowledge.a')}</b>{f.a}</span>{insertBtn(f.a)}</li>)}
          </ul>
        </>
      ) : null}
      {asks.length ? (
        <>
          <h4>{t('knowledge.asks')}</h4>
          <ul className="product__list">
            {asks.map((f) => <li key={f.q}><span><b>{t('knowledge.q')}</b>{f.q}<br /><b>{t('knowledge.a')}</b>{f.a}</span>{insertBtn(f.a)}</li>)}
          </ul>
        </>
      ) : null}
    </article>
  );
}
