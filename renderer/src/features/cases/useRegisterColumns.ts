import { useMemo } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { cellSortValue, gridCellText, gridColumns, type RegisterColumn } from '@shared/domain/cases';
import { useTranslation } from '../../i18n';

/** The grid's columns from a register's spec (the same spec its export is written from). */
export function useRegisterColumns<Row>(spec: readonly RegisterColumn<Row>[]): ColumnDef<Row, unknown>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const label = (key: string, vars?: Record<string, string | number>): string => t(key, vars ?? {});
    return gridColumns(spec).map((c): ColumnDef<Row, unknown> => ({
      id: c.id,
      header: label(c.header),
      accessorFn: (row) => cellSortValue(c, row, label),
      cell: (cell) => gridCellText(c, cell.row.original, label),
      ...(c.width !== undefined ? { size: c.width } : {}),
    }));
  }, [spec, t]);
}
