import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SortingState, VisibilityState } from '@tanstack/react-table';
import { resolveFlagMeanings } from '@shared/domain/remarks';
import { useLive, EMPTY_FILTER, loadGridRows, loadGridWindow, queryOrderHead, queryOrderIds, type OrderFilter, type OrderGridRow, type OrderIdsResult, type OrderSortKey, liveShops, useSharedLive } from '../../data';
import { useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { ColumnChooser } from './ColumnChooser';
import { DEFAULT_HIDDEN, orderColumns, type ColumnMeta } from './columns';
import { OrderFilters } from './OrderFilters';
import { OrdersGrid } from './OrdersGrid';
import { OrderImport } from './OrderImport';
import { useOrderImport } from './orderImportRun';
import './orders.css';

const COLUMNS_KEY = 'xiaoer.orders.columns';
/** Rows are loaded in pages around the visible range, one page of overscan either side. */
const PAGE = 50;
/** Loaded rows kept for scrolling back; beyond this the cache starts again from the window. */
const CACHE_MAX = 5000;
/** Ids read ahead of the full list on a very large store (one screen and a bit). */
const HEAD = 60;

/** No condition at all: an empty result means the store has no orders yet, not a narrow filter. */
const isUnfiltered = (f: OrderFilter): boolean => JSON.stringify({ ...f, search: f.search.trim() }) === JSON.stringify(EMPTY_FILTER);

function loadVisibility(): VisibilityState {
  try {
    const raw = localStorage.getItem(COLUMNS_KEY);
    return raw ? { ...DEFAULT_HIDDEN, ...(JSON.parse(raw) as VisibilityState) } : DEFAULT_HIDDEN;
  } catch {
    return DEFAULT_HIDDEN;
  }
}

/** 订单: every order of every shop, filtered and sorted on indexes, in a virtualized grid. */
export function OrdersScreen() {
  const { t } = useTranslation();
  const open = useTabs((s) => s.open);
  const [filter, setFilter] = useState<OrderFilter>(EMPTY_FILTER);
  const [search, setSearch] = useState('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'created', desc: true }]);
  const [visibility, setVisibility] = useState<VisibilityState>(loadVisibility);
  const [cursor, setCursor] = useState(0);
  // Back on this tab while the import panel is busy (an import runs in its worker): the panel shows it again.
  const [importing, setImporting] = useState(() => useOrderImport.getState().busy || useOrderImport.getState().opened);
  // A found export (the watched folder's notice) opens the panel on this screen too.
  useEffect(() => useOrderImport.subscribe((s, before) => { if (s.opened && !before.opened) setImporting(true); }), []);
  const shops = useSharedLive(liveShops, []);
  const shopInfo = useMemo(() => new Map(shops.map((s) => [s.id, { shop: s, meanings: resolveFlagMeanings(s.platform, s.rules) }])), [shops]);
  const columns = useMemo(() => orderColumns((k) => t(k), shopInfo), [t, shopInfo]);

  // Typing settles for a moment before the query runs.
  useEffect(() => {
    const id = setTimeout(() => setFilter((f) => (f.search === search ? f : { ...f, search })), 200);
    return () => clearTimeout(id);
  }, [search]);
  useEffect(() => localStorage.setItem(COLUMNS_KEY, JSON.stringify(visibility)), [visibility]);

  const sortCol = sorting[0];
  const sortKey: OrderSortKey = ((columns.find((c) => c.id === sortCol?.id)?.meta as ColumnMeta | undefined)?.sortKey) ?? 'createdAt';
  const sort = { key: sortKey, desc: sortCol?.desc ?? true };
  // First, when the indexes allow, the newest few ids from a limited cursor so rows show at once;
  // then the full ordered id list (keys only, off the indexes). The full read starts after the
  // head is in: IndexedDB runs them in order, and the head must not queue behind 200,000 keys.
  const head = useLive<string[] | null | undefined>(() => queryOrderHead(filter, sort, HEAD), [filter, sort.key, sort.desc], undefined);
  // Set once the head's rows are on screen (or there is no head): the full read may start.
  const [headShown, setHeadShown] = useState(false);
  const result = useLive<OrderIdsResult | null>(() => (headShown ? queryOrderIds(filter, sort) : Promise.resolve(null)), [filter, sort.key, sort.desc, headShown], null);
  // A paged view (one index holds it in order) knows its count, and its ids a window at a time:
  // the grid gets a list of that length whose places fill in as windows are read.
  // The list is renewed only when the view or its count changes (not on every re-read after a
  // write: the window follows the store by itself), keeping the ids already known in view.
  const view = JSON.stringify([filter, sort.key, sort.desc]);
  const known = useRef<{ view: string; ids: string[] } | null>(null);
  const pagedCount = result?.paged ? result.count : null;
  const pagedIds = useMemo(() => {
    if (pagedCount === null) return null;
    const next = new Array<string>(pagedCount);
    const before = known.current;
    if (before?.view === view) before.ids.forEach((id, i) => { if (i < pagedCount) next[i] = id; });
    known.current = { view, ids: next };
    return next;
  }, [pagedCount, view]);
  const ids = pagedIds ?? result?.ids ?? head ?? [];
  const [range, setRange] = useState({ start: 0, end: PAGE });
  const onRange = useCallback((start: number, end: number) => setRange((r) => (r.start === start && r.end === end ? r : { start, end })), []);
  const from = Math.max(0, (Math.floor(range.start / PAGE) - 1) * PAGE);
  const to = Math.min(ids.length, (Math.ceil(range.end / PAGE) + 1) * PAGE);
  const loaded = useLive<{ of: string[] | null; from: number; ids: string[] | null; rows: OrderGridRow[] } | null>(
    () => (to <= from ? Promise.resolve(null)
      : pagedIds ? loadGridWindow(filter, sort, from, to, pagedIds.length).then((w) => ({ ...w, of: pagedIds }))
        : loadGridRows(ids.slice(from, to)).then((rows) => ({ of: null, from, ids: null, rows }))),
    [pagedIds ?? result ?? head, from, to],
    null,
  );
  // A cache of loaded rows, so scrolling back and a live re-read do not flash placeholders.
  const cache = useRef(new Map<string, OrderGridRow>());
  if (result) for (const r of result.rows) cache.current.set(r.id, r);
  if (loaded) {
    if (cache.current.size > CACHE_MAX) cache.current = new Map();
    for (const r of loaded.rows) cache.current.set(r.id, r);
    // Only a window read for this very list (the one before a new filter may still be shown).
    if (pagedIds && loaded.ids && loaded.of === pagedIds) loaded.ids.forEach((id, i) => { if (loaded.from + i < pagedIds.length) pagedIds[loaded.from + i] = id; });
  }
  useEffect(() => {
    if (head === null || (head !== undefined && (head.length === 0 || loaded !== null))) setHeadShown(true);
  }, [head, loaded]);
  const rowOf = useCallback((id: string) => cache.current.get(id), []);
  useEffect(() => setCursor(0), [filter, sort.key, sort.desc]);
  const openRow = (r: OrderGridRow): void => open({ entity: 'order', id: r.id }, r.orderNo);

  return (
    <div className="orders">
      <div className="orders__bar">
        <input
          className="orders__search"
          type="search"
          placeholder={t('orders.searchPlaceholder')}
          aria-label={t('orders.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="orders-search"
        />
        <ColumnChooser ids={columns.map((c) => c.id as string)} visibility={visibility} onChange={setVisibility} />
        <button type="button" className="btn btn--ghost" onClick={() => { setFilter(EMPTY_FILTER); setSearch(''); }}>{t('orders.reset')}</button>
        <button type="button" className="btn" onClick={() => { if (importing) useOrderImport.getState().close(); setImporting(!importing); }} aria-expanded={importing} data-testid="orders-import-open">{t('orders.import.open')}</button>
        <span className="orders__count" data-testid="orders-count" data-ms={result?.ms ?? ''} data-index={result?.index ?? ''} data-ready={result ? 'yes' : 'no'}>
          {result ? t('orders.count', { n: result.count, ms: result.ms }) : t('orders.loading')}
        </span>
      </div>
      {importing ? <OrderImport shops={shops} onClose={() => setImporting(false)} /> : null}
      <OrderFilters filter={filter} shops={shops} onChange={setFilter} />
      {result && result.count === 0 ? (
        isUnfiltered(filter) ? (
          <p className="orders__none muted" data-testid="orders-empty">
            {t('orders.empty')} <button type="button" className="link" onClick={() => setImporting(true)}>{t('orders.import.open')}</button>
          </p>
        ) : <p className="orders__none muted">{t('orders.none')}</p>
      ) : null}
      <OrdersGrid
        ids={ids}
        rowOf={rowOf}
        onRange={onRange}
        columns={columns}
        sorting={sorting}
        onSortingChange={setSorting}
        visibility={visibility}
        onVisibilityChange={setVisibility}
        onOpen={openRow}
        cursor={cursor}
        onCursor={setCursor}
      />
    </div>
  );
}
