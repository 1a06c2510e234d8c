import { useEffect, useMemo, useRef } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Row, type SortingState, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { OrderGridRow } from '../../data';
import { useCommands } from '../../ui/commands';
import type { ColumnMeta } from './columns';
import { ordersGridCommands } from './commands';

const ROW_HEIGHT = 34;
const OVERSCAN = 12;

/**
 * The virtualized 订单 grid over ordered ids: the virtualizer sizes itself from the id count, only
 * the rows in view are in the DOM, and only their records are loaded (the screen gets the visible
 * range through `onRange`). A row not loaded yet shows as a placeholder line. Sorting is done by
 * the data layer (manualSorting); the header only asks. The table model holds just the loaded
 * rows in view, so 200,000 ids cost no more than 50.
 */
export function OrdersGrid({
  ids, rowOf, columns, sorting, onSortingChange, visibility, onVisibilityChange, onOpen, cursor, onCursor, onRange,
}: {
  ids: readonly string[];
  rowOf: (id: string) => OrderGridRow | undefined;
  columns: ColumnDef<OrderGridRow>[];
  sorting: SortingState;
  onSortingChange: (s: SortingState) => void;
  visibility: VisibilityState;
  onVisibilityChange: (v: VisibilityState) => void;
  onOpen: (row: OrderGridRow) => void;
  cursor: number;
  onCursor: (i: number) => void;
  onRange: (start: number, end: number) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: ids.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: OVERSCAN });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => onRange(first, last + 1), [first, last, onRange]);

  // The table's data must stay the same array while its rows are the same (react-table
  // re-derives its model, and would reset its state in a render loop, on every new array).
  const current = items.map((v) => rowOf(ids[v.index] as string)).filter((r): r is OrderGridRow => r !== undefined);
  const stable = useRef<OrderGridRow[]>([]);
  if (current.length !== stable.current.length || current.some((r, i) => r !== stable.current[i])) stable.current = current;
  const table = useReactTable({
    data: stable.current,
    autoResetPageIndex: false,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableMultiSort: false,
    state: { sorting, columnVisibility: visibility },
    onSortingChange: (u) => onSortingChange(typeof u === 'function' ? u(sorting) : u),
    onColumnVisibilityChange: (u) => onVisibilityChange(typeof u === 'function' ? u(visibility) : u),
    getRowId: (r) => r.id,
  });
  const model = table.getRowModel().rows;
  const byId = useMemo(() => new Map<string, Row<OrderGridRow>>(model.map((r) => [r.id, r])), [model]);
  const cols = table.getVisibleLeafColumns();
  const template = cols.map((c) => `${(c.columnDef.meta as ColumnMeta | undefined)?.width ?? 120}px`).join(' ');
  const totalWidth = cols.reduce((n, c) => n + ((c.columnDef.meta as ColumnMeta | undefined)?.width ?? 120), 0);

  // ↑↓ PageUp PageDown move the cursor, Enter opens its order: while the focus is in the grid.
  useCommands(ordersGridCommands, {
    hasRows: ids.length > 0,
    move: (step) => {
      const next = Math.max(0, Math.min(ids.length - 1, cursor + step));
      onCursor(next);
      virtual.scrollToIndex(next);
    },
    openCurrent: () => {
      const r = rowOf(ids[cursor] as string);
      if (r) onOpen(r);
    },
  }, scroller);

  return (
    <div className="ogrid" role="grid" aria-rowcount={ids.length + 1} tabIndex={0} ref={scroller} data-testid="orders-grid" data-autofocus="">
      <div className="ogrid__inner" style={{ width: totalWidth }}>
        <div className="ogrid__head" role="row" style={{ gridTemplateColumns: template }}>
          {table.getHeaderGroups()[0]?.headers.map((h) => {
            const current = sorting[0];
            const sorted = current?.id === h.id ? (current.desc ? 'desc' : 'asc') : false;
            const sortable = (h.column.columnDef.meta as ColumnMeta | undefined)?.sortKey !== undefined;
            return (
              <div key={h.id} role="columnheader" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'} className="ogrid__th">
                {sortable ? (
                  <button type="button" className="link ogrid__sort" onClick={() => onSortingChange([{ id: h.id, desc: sorted === 'asc' }])} data-testid={`sort-${h.id}`}>
                    {flexRender(h.column.columnDef.header, h.getContext())}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                ) : flexRender(h.column.columnDef.header, h.getContext())}
              </div>
            );
          })}
        </div>
        <div className="ogrid__body" style={{ height: virtual.getTotalSize() }}>
          {items.map((v) => {
            // A paged view's ids arrive a window at a time: a place not read yet has none.
            const id = ids[v.index] as string | undefined;
            const row = id === undefined ? undefined : byId.get(id);
            const style = { transform: `translateY(${v.start}px)`, gridTemplateColumns: template, height: ROW_HEIGHT };
            if (!row) {
              // Not loaded yet: a placeholder of the same height keeps the scroll position honest.
              return <div key={id ?? `at-${v.index}`} role="row" aria-rowindex={v.index + 2} aria-busy="true" className="ogrid__row ogrid__row--loading" style={style} data-testid="order-row-loading" />;
            }
            return (
              <div
                key={id}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={v.index === cursor}
                className={`ogrid__row ${v.index === cursor ? 'ogrid__row--cursor' : ''}`}
                style={style}
                onClick={() => onCursor(v.index)}
                onDoubleClick={() => onOpen(row.original)}
                data-testid="order-row"
                data-index={v.index}
                data-order-no={row.original.orderNo}
              >
                {row.getVisibleCells().map((c) => (
                  <div key={c.id} role="gridcell" className={`ogrid__td ogrid__td--${c.column.id}`}>
                    {c.column.id === 'orderNo' ? (
                      <button type="button" className="link mono" onClick={() => onOpen(row.original)}>{row.original.orderNo}</button>
                    ) : flexRender(c.column.columnDef.cell, c.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
