import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Agent, Buyer, Conversation, Shop } from '@shared/schemas/entities';
import { buyersByIds, useLive } from '../../data';
import { moveFocus } from '../../ui/roving';
import { useCommands } from '../../ui/commands';
import { useTranslation } from '../../i18n';
import { queueListCommands } from './commands';
import { QueueItem } from './QueueItem';

/** A row without memo or hand-over line (measured rows replace it; close estimates mean fewer scroll corrections). */
const ROW_HEIGHT = 86;
/** Rows rendered beyond the visible ones on each side; their buyers are read ahead too. */
const OVERSCAN = 8;
const BUYER_BLOCK = 50;
const rowHeight = (): number => ROW_HEIGHT;

/**
 * The queue, virtualized: only the rows on screen exist in the DOM, and only their buyers are
 * read (a live read of the ids in view, with the buyers already seen kept so a scroll never
 * blanks a name it has shown), so 10,000 waiting buyers load and scroll smoothly.
 */
export function QueueList({ rows, shops, now, current, onSelect, agents }: { rows: Conversation[]; shops: Shop[]; now: number; current: string | null; onSelect: (id: string, keyboard: boolean) => void; agents: Agent[] }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement | null>(null);
  // Stable while the rows are: the virtualizer lays out all 10,000 rows again whenever the key
  // function changes, which an inline one does on every render (every scroll frame, every clock tick).
  const keyOf = useCallback((i: number) => rows[i]?.id ?? i, [rows]);
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: rowHeight, overscan: OVERSCAN, getItemKey: keyOf });
  const currentIndex = rows.findIndex((r) => r.id === current);
  useEffect(() => {
    if (currentIndex >= 0) v.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, v]);

  // ↑↓ / J K / Home End while the focus is in the list (the rows are virtual: the neighbours are rendered).
  useCommands(queueListCommands, {
    move: (to) => {
      if (to === 'first' || to === 'last') {
        v.scrollToIndex(to === 'first' ? 0 : rows.length - 1);
        requestAnimationFrame(() => moveFocus(scroller.current, '[data-testid="queue-item"]', to));
      } else moveFocus(scroller.current, '[data-testid="queue-item"]', to);
    },
  }, scroller);

  const items = v.getVirtualItems();
  // Buyers are read for whole blocks of rows around the window, so a scroll re-reads only when
  // it crosses into another block, not on every frame.
  const from = Math.floor((items[0]?.index ?? 0) / BUYER_BLOCK) * BUYER_BLOCK;
  const to = Math.ceil(((items.at(-1)?.index ?? 0) + 1) / BUYER_BLOCK) * BUYER_BLOCK;
  const blockBuyers = rows.slice(from, to).map((c) => c.buyerId);
  const key = blockBuyers.join(',');
  const fresh = useLive(() => buyersByIds(blockBuyers), [key], null);
  const seen = useRef<Map<string, Buyer> | null>(null);
  if (fresh) {
    seen.current ??= new Map();
    for (const [id, b] of fresh) seen.current.set(id, b);
  }
  // Until the first buyers are read the rows would show no names: they appear with them.
  const ready = seen.current !== null;
  const shopById = useMemo(() => new Map(shops.map((s) => [s.id, s])), [shops]);
  const nameOf = (id: string): string => agents.find((a) => a.id === id)?.name ?? id;

  return (
    <div className="queue__list" ref={scroller} data-testid="queue-list" role="listbox" aria-orientation="vertical" aria-label={t('presale.queue')}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {ready ? items.map((item) => {
          const c = rows[item.index];
          if (!c) return null;
          const tr = c.transfer;
          return (
            <div key={item.key} data-index={item.index} ref={v.measureElement} className="queue__row" style={{ transform: `translateY(${item.start}px)` }}>
              <QueueItem conversation={c} buyer={fresh?.get(c.buyerId) ?? seen.current?.get(c.buyerId)} shop={shopById.get(c.shopId)} now={now} active={c.id === current} landing={c.id === current || (currentIndex < 0 && item.index === 0)} onSelect={onSelect} transferredFrom={tr ? nameOf(tr.from) : null} />
            </div>
          );
        }) : null}
      </div>
    </div>
  );
}
