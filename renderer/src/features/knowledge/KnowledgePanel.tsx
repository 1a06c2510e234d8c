import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { ProductCard } from './ProductCard';
import { useProductSearch } from './useProductSearch';
import './knowledge.css';

/** In the chat side panel: search this shop's products and put a fact or FAQ answer into the reply. */
export function KnowledgePanel({ shopId, onInsert }: { shopId: string | undefined; onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const hits = useProductSearch(query, shopId);
  return (
    <div className="knowledge-panel">
      <input autoFocus value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('knowledge.searchHint')} aria-label={t('knowledge.search')} data-testid="knowledge-panel-search" />
      {hits.length === 0 ? <p className="muted">{t('knowledge.none')}</p> : null}
      {hits.slice(0, 20).map((h) => <ProductCard key={h.product.id} hit={h} onInsert={onInsert} />)}
    </div>
  );
}
