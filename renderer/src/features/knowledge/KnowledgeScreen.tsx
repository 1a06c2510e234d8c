import { useState } from 'react';
import type { Agent, Product } from '@shared/schemas/entities';
import { listShops, useLive } from '../../data';
import { listProducts } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { Empty } from '../../ui/Empty';
import { ProductCard } from './ProductCard';
import { ProductEditor } from './ProductEditor';
import { ProductImport } from './ProductImport';
import { saveProductWorkbook } from './productFiles';
import { useProductSearch } from './useProductSearch';
import './knowledge.css';

/** 知识库: every product with its SKUs, sizes, size chart, material, stock, selling points, FAQ and 问大家; edited here or imported. */
export function KnowledgeScreen({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const shops = useLive(listShops, [], []);
  const all = useLive(listProducts, [], []);
  const [query, setQuery] = useState('');
  const [shopId, setShopId] = useState('');
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hits = useProductSearch(query, shopId || undefined);

  if (editing) {
    return (
      <div className="knowledge">
        <ProductEditor product={editing === 'new' ? null : editing} shops={shops} defaultShopId={shopId || shops[0]?.id || ''} agentId={agent.id} onDone={() => setEditing(null)} />
      </div>
    );
  }
  const exportShop = shops.find((s) => s.id === shopId);
  return (
    <div className="knowledge">
      <div className="knowledge__bar">
        <input className="knowledge__search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('knowledge.searchHint')} aria-label={t('knowledge.search')} data-testid="knowledge-search" data-autofocus="" />
        <select value={shopId} onChange={(e) => setShopId(e.target.value)} aria-label={t('knowledge.editor.shop')} data-testid="knowledge-shop">
          <option value="">{t('knowledge.allShops')}</option>
          {shops.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        <button type="button" className="btn btn--primary" onClick={() => setEditing('new')} disabled={shops.length === 0} data-testid="product-new">{t('knowledge.new')}</button>
        <button type="button" className="btn" onClick={() => setImporting((v) => !v)} aria-expanded={importing} data-testid="product-import-open">{t('knowledge.import.open')}</button>
        <button type="button" className="btn" onClick={() => void saveProductWorkbook(exportShop ? `${t('knowledge.exportName')}-${exportShop.name}` : t('knowledge.exportName'), all.filter((p) => !shopId || p.shopId === shopId)).catch((e: unknown) => setError(errorText(e)))}>{t('knowledge.export')}</button>
      </div>
      {error ? <p className="error" role="alert">{error}</p> : null}
      {importing ? <ProductImport shops={shops} agentId={agent.id} onClose={() => setImporting(false)} /> : null}
      {hits.length === 0 ? <Empty title={all.length === 0 ? t('knowledge.empty') : t('knowledge.none')} /> : null}
      <div className="knowledge__grid">{hits.map((h) => <ProductCard key={h.product.id} hit={h} onEdit={() => setEditing(h.product)} />)}</div>
    </div>
  );
}
