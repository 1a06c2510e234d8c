import type { Shop } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';

/** Which shop a per-shop setting is about. */
export function ShopPicker({ id, shops, value, onChange }: { id: string; shops: Shop[]; value: string; onChange: (shopId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('settings.rules.shop')} htmlFor={id}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {shops.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
    </Field>
  );
}
