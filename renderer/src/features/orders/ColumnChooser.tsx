import type { VisibilityState } from '@tanstack/react-table';
import { useTranslation } from '../../i18n';
import { Menu, MenuCheckbox } from '../../ui';

/** Which columns the grid shows (a menu of checkboxes); the choice is kept across restarts (UI state, not data). */
export function ColumnChooser({ ids, visibility, onChange }: { ids: string[]; visibility: VisibilityState; onChange: (v: VisibilityState) => void }) {
  const { t } = useTranslation();
  return (
    <Menu label={t('orders.columns')} testId="column-chooser">
      {ids.map((id) => (
        <MenuCheckbox key={id} name={id} checked={visibility[id] !== false} disabled={id === 'orderNo'} onChange={(on) => onChange({ ...visibility, [id]: on })}>
          {t(`orders.col.${id}`)}
        </MenuCheckbox>
      ))}
    </Menu>
  );
}
