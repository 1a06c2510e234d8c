import { useMemo, useState } from 'react';
import { measuresFromMessages, type BodyMeasures } from '@shared/domain/products';
import { useTranslation } from '../../i18n';
import { ProductCard } from './ProductCard';
import { useProductSearch } from './useProductSearch';
import './knowledge.css';

const asNumber = (s: string): number | null => (/^\d{1,3}(\.\d)?$/.test(s.trim()) ? Number(s.trim()) : null);

/**
 * In the chat side panel: this shop's products, searched; a fact, an answer, the product card or
 * the size answer for the buyer's height and weight goes into the reply with one click. Height
 * and weight are read from the buyer's latest messages; the agent can correct them.
 */
export function KnowledgePanel({ shopId, onInsert, buyerTexts }: { shopId: string | undefined; onInsert: (text: string) => void; buyerTexts: readonly string[] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const said = useMemo(() => measuresFromMessages(buyerTexts), [buyerTexts]);
  // What the agent typed wins over what was read, until the buyer says something new.
  const saidKey = `${said.heightCm}/${said.weightKg}`;
  const [typed, setTyped] = useState<{ for: string; height: string; weight: string } | null>(null);
  const current = typed && typed.for === saidKey ? typed : { for: saidKey, height: said.heightCm?.toString() ?? '', weight: said.weightKg?.toString() ?? '' };
  const measures: BodyMeasures = { heightCm: asNumber(current.height), weightKg: asNumber(current.weight) };
  const hits = useProductSearch(query, shopId);
  return (
    <div className="knowledge-panel">
      <input autoFocus value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('knowledge.searchHint')} aria-label={t('knowledge.search')} data-testid="knowledge-panel-search" />
      <div className="knowledge-panel__measures" data-testid="buyer-measures">
        <span className="muted">{t('knowledge.measures.title')}</span>
        <label>{t('knowledge.measures.height')}<input value={current.height} onChange={(e) => setTyped({ ...current, height: e.target.value })} inputMode="decimal" data-testid="measure-height" /></label>
        <label>{t('knowledge.measures.weight')}<input value={current.weight} onChange={(e) => setTyped({ ...current, weight: e.target.value })} inputMode="decimal" data-testid="measure-weight" /></label>
      </div>
      {hits.length === 0 ? <p className="muted">{t('knowledge.none')}</p> : null}
      {hits.slice(0, 20).map((h) => <ProductCard key={h.product.id} hit={h} onInsert={onInsert} measures={measures} />)}
    </div>
  );
}
