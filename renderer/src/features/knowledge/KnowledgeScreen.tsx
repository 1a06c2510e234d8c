import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { Empty } from '../../ui/Empty';
import { ProductCard } from './ProductCard';
import { useProductSearch } from './useProductSearch';
import './knowledge.css';

/** 知识库: every product with its SKUs, sizes, material, stock, selling points and FAQ. */
export function KnowledgeScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const hits = useProductSearch(query);
  return (
    <div className="knowledge">
      <input className="knowledge__search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('knowledge.searchHint')} aria-label={t('knowledge.search')} data-testid="knowledge-search" />
      {hits.length === 0 ? <Empty title={t('knowledge.none')} /> : null}
      <div className="knowledge__grid">{hits.map((h) => <ProductCard key={h.product.id} hit={h} />)}</div>
    </div>
  );
}
