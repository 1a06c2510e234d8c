import type { ColumnDef } from '@tanstack/react-table';
import { formatShanghaiShort } from '@shared/lib/time';
import type { FlagMeanings } from '@shared/domain/remarks';
import type { Shop } from '@shared/schemas/entities';
import type { OrderGridRow, OrderSortKey } from '../../data';
import { formatYuan } from '@shared/lib/money';
import { FlagDot } from './FlagDot';

type T = (key: string) => string;

export interface ColumnMeta {
  width: number;
  sortKey?: OrderSortKey;
}

/** The 订单 grid's columns; ids double as the column chooser's keys. */
export function orderColumns(t: T, shops: ReadonlyMap<string, { shop: Shop; meanings: FlagMeanings }>): ColumnDef<OrderGridRow>[] {
  const col = (id: string, width: number, sortKey: OrderSortKey | undefined, cell: (r: OrderGridRow) => React.ReactNode): ColumnDef<OrderGridRow> => ({
    id,
    header: t(`orders.col.${id}`),
    enableSorting: sortKey !== undefined,
    meta: { width, sortKey } satisfies ColumnMeta,
    cell: ({ row }) => cell(row.original),
  });
  return [
    col('orderNo', 190, 'orderNo', (r) => <span className="mono">{r.orderNo}</span>),
    col('shop', 120, 'shopName', (r) => r.shopName),
    col('buyer', 130, 'buyerNick', (r) => r.buyerNick),
    col('status', 120, 'status', (r) => <span className={`status status--o-${r.status}`}>{t(`orderStatus.${r.status}`)}</span>),
    col('amount', 90, 'totalFen', (r) => <span className="num">{formatYuan(r.totalFen)}</span>),
    col('items', 220, undefined, (r) => r.items),
    col('created', 110, 'createdAt', (r) => formatShanghaiShort(r.createdAt)),
    col('paid', 110, 'paidAt', (r) => (r.paidAt ? formatShanghaiShort(r.paidAt) : '—')),
    col('flag', 110, 'flag', (r) => {
      const s = shops.get(r.shopId);
      return <FlagDot platform={s?.shop.platform ?? 'taobao'} flag={r.flag} meanings={s?.meanings ?? {}} />;
    }),
    col('remark', 260, undefined, (r) => r.latestRemark),
    col('tracking', 150, undefined, (r) => (r.trackingNo ? <span className="mono">{r.trackingNo}</span> : '—')),
  ];
}

export const DEFAULT_HIDDEN: Record<string, boolean> = { tracking: false };
