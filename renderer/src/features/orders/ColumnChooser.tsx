import type { VisibilityState } from '@tanstack/react-table';
import { useTranslation } from '../../i18n';

/** Which columns the grid shows; the choice is kept across restarts (UI state, not data). */
export function ColumnChooser({ ids, visibility, onChange }: { ids: string[]; visibility: VisibilityState; onChange: (v: VisibilityState) => void }) {
  const { t } = useTranslation();
  return (
    <details className="colchooser">
      <summary className="btn" data-testid="column-chooser">{t('orders.columns')}</summary>
      <div className="colchooser__menu">
        {ids.map((id) => (
          <label key={id}>
            <input type="checkbox" checked={visibility[id] !== false} disabled={id === 'orderNo'} onChange={(e) => onChange({ ...visibility, [id]: e.target.checked })} />
            {t(`orders.col.${id}`)}
          </label>
        ))}
      </div>
    </details>
  );
}
