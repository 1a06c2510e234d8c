import type { ReactNode } from 'react';
import { formatYuan } from '@shared/lib/money';

/**
 * One order in a follow-up list (催付 queue, 待核实): who, which shop, how much on top, and the
 * list's own status line below. Both lists are listboxes picked with ↑↓, so the row is an option;
 * focusing a row picks it (Ctrl+K's 催付 on an order lands on its row).
 */
export function QueueItem({ active, className = '', onPick, buyerNick, shopName, totalFen, data, children }: {
  active: boolean;
  className?: string;
  onPick: () => void;
  buyerNick: string;
  shopName: string;
  totalFen: number;
  /** `data-*` attributes the e2e journeys read (test id, order id, order number, state …). */
  data: Readonly<Record<`data-${string}`, string | number | boolean | undefined>>;
  children: ReactNode;
}) {
  return (
    <li role="option" aria-selected={active} tabIndex={-1} className={`pitem ${active ? 'pitem--active' : ''} ${className}`} onClick={onPick} onFocus={onPick} {...data}>
      <div className="pitem__top">
        <strong>{buyerNick}</strong>
        <span className="muted">{shopName}</span>
        <span className="num">{formatYuan(totalFen)}</span>
      </div>
      <div className="pitem__meta">{children}</div>
    </li>
  );
}
