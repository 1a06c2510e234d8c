import type { DeliveryView } from '@shared/domain/outbox';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Message } from '@shared/schemas/entities';
import { dayKey } from '@shared/domain/presale';
import { shanghaiDate } from '@shared/lib/time';
import { MessageLine } from './MessageLine';

type Row = { kind: 'day'; key: string; at: number } | { kind: 'msg'; key: string; m: Message };

/** Rough heights before a row is measured; measured heights replace them as rows appear. */
const DAY_ROW = 34;
const MSG_ROW = 76;
/** Within this distance of the bottom the history follows new messages. */
const STICK_PX = 80;

/**
 * A long history with only the rows in view in the DOM (day separators are rows too). It opens
 * at the newest message and follows new ones while the agent is at the bottom; scrolling up
 * renders older rows on demand, each measured as it appears.
 */
export function VirtualHistory({ messages, who, deliveries }: { messages: Message[]; who: (m: Message) => string; deliveries: ReadonlyMap<string, DeliveryView> }) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const rows = useMemo(() => {
    const out: Row[] = [];
    let day: number | null = null;
    for (const m of messages) {
      const d = dayKey(m.at);
      if (d !== day) out.push({ kind: 'day', key: `day-${d}`, at: m.at });
      day = d;
      out.push({ kind: 'msg', key: m.id, m });
    }
    return out;
  }, [messages]);
  // Stable while the rows are, so a re-render does not lay out every row again.
  const keyOf = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'day' ? DAY_ROW : MSG_ROW),
    getItemKey: keyOf,
    overscan: 6,
    // Open at the bottom: the first render already lays out the newest rows.
    initialOffset: () => rows.length * MSG_ROW,
    initialRect: { width: 640, height: 480 },
  });
  const atBottom = useRef(true);
  useLayoutEffect(() => {
    if (atBottom.current && rows.length > 0) v.scrollToIndex(rows.length - 1, { align: 'end' });
  }, [rows, v]);
  const onScroll = (): void => {
    const el = scroller.current;
    if (el) atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX;
  };

  return (
    <div className="chat__history" aria-live="polite" ref={scroller} onScroll={onScroll} data-testid="history" data-virtual="yes">
      <ol className="vhistory" style={{ height: v.getTotalSize() }}>
        {v.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li key={item.key} data-index={item.index} ref={v.measureElement} className="vhistory__row" style={{ transform: `translateY(${item.start}px)` }}>
              {row.kind === 'day'
                ? <div className="day__sep" role="separator">{shanghaiDate(row.at)}</div>
                : <div className={`msg msg--${row.m.from}`}><MessageLine m={row.m} who={who(row.m)} delivery={deliveries.get(row.m.id)} /></div>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
