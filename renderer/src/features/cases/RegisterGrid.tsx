import { useRef } from 'react';
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';

const ROW_PX = 34;

/**
 * A register (登记表) grid shared by 售后 and 中差评: sortable columns, and only the rows in
 * view are rendered, so a year of cases scrolls as smoothly as a day's. Cells are text only.
 */
export function RegisterGrid<T>({ rows, columns, onOpen, testId, rowKey }: { rows: T[]; columns: ColumnDef<T, unknown>[]; onOpen: (row: T) => void; testId: string; rowKey: (row: T) => string }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({ data: rows, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel(), getRowId: rowKey });
  const scroller = useRef<HTMLDivElement>(null);
  const model = table.getRowModel().rows;
  const virtual = useVirtualizer({ count: model.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_PX, overscan: 12 });
  const template = columns.map((c) => `${c.size ?? 120}px`).join(' ');
  return (
    <div className="grid" role="table" data-testid={testId} data-rows={model.length}>
      <div className="grid__head" role="row" style={{ gridTemplateColumns: template }}>
        {table.getHeaderGroups()[0]?.headers.map((h) => (
          <button key={h.id} role="columnheader" className="grid__th" onClick={h.column.getToggleSortingHandler()}>
            {flexRender(h.column.columnDef.header, h.getContext())}
            {{ asc: ' ▲', desc: ' ▼' }[h.column.getIsSorted() as string] ?? ''}
          </button>
        ))}
      </div>
      <div className="grid__body" ref={scroller}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const row = model[v.index];
            if (!row) return null;
            return (
              <div
                key={row.id}
                role="row"
                tabIndex={0}
                className="grid__row"
                data-testid={`${testId}-row`}
                style={{ gridTemplateColumns: template, transform: `translateY(${v.start}px)`, height: ROW_PX }}
                onClick={() => onOpen(row.original)}
                onKeyDown={(e) => { if (e.key === 'Enter') onOpen(row.original); }}
              >
                {row.getVisibleCells().map((c) => <div key={c.id} role="cell" className="grid__td">{flexRender(c.column.columnDef.cell, c.getContext())}</div>)}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
