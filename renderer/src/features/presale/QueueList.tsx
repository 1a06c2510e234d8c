import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Agent } from '@shared/schemas/entities';
import type { QueueRow } from '../../data';
import { QueueItem } from './QueueItem';

const ROW_HEIGHT = 96;

/** The queue, virtualized: only the rows on screen exist in the DOM, so 10,000 buyers scroll smoothly. */
export function QueueList({ rows, now, current, onSelect, agents }: { rows: QueueRow[]; now: number; current: string | null; onSelect: (id: string) => void; agents: Agent[] }) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 6, getItemKey: (i) => rows[i]?.conversation.id ?? i });
  const currentIndex = rows.findIndex((r) => r.conversation.id === current);
  useEffect(() => {
    if (currentIndex >= 0) v.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, v]);
  const nameOf = (id: string): string => agents.find((a) => a.id === id)?.name ?? id;
  return (
    <div className="queue__list" ref={scroller} data-testid="queue-list">
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const tr = row.conversation.transfer;
          return (
            <div key={item.key} data-index={item.index} ref={v.measureElement} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}>
              <QueueItem row={row} now={now} active={row.conversation.id === current} onSelect={() => onSelect(row.conversation.id)} transferredFrom={tr ? nameOf(tr.from) : null} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
