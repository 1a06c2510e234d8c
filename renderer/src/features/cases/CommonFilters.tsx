import type { Agent, Shop } from '@shared/schemas/entities';
import { DAY } from '@shared/lib/time';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';
import { fromLocalInput } from './text';

export interface CommonFilterValues { owner: string; shop: string; from: string; to: string }

/** The shared filters as the domain's filter fields: whole Shanghai days, the "to" day included. */
export function commonFilter({ owner, shop, from, to }: CommonFilterValues): { ownerId: string | null; shopId: string | null; from: number | null; to: number | null } {
  const dayStart = (d: string): number | null => (d ? fromLocalInput(`${d}T00:00`) : null);
  const end = dayStart(to);
  return { ownerId: owner || null, shopId: shop || null, from: dayStart(from), to: end === null ? null : end + DAY };
}

/** The filters both registers share: owner, shop and a date range (one register look, one code). */
export function CommonFilters({ people, value, onChange }: { people: { agents: Agent[]; shops: Shop[] }; value: CommonFilterValues; onChange: (next: CommonFilterValues) => void }) {
  const { t } = useTranslation();
  const set = (k: keyof CommonFilterValues) => (e: { target: { value: string } }) => onChange({ ...value, [k]: e.target.value });
  return (
    <>
      <select value={value.owner} onChange={set('owner')} aria-label={t('cases.col.owner')}>
        <option value="">{t('cases.filter.allOwners')}</option>
        {people.agents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
      <select value={value.shop} onChange={set('shop')} aria-label={t('cases.col.shop')}>
        <option value="">{t('cases.filter.allShops')}</option>
        {people.shops.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
      <Field label={t('cases.filter.from')}><input type="date" value={value.from} onChange={set('from')} /></Field>
      <Field label={t('cases.filter.to')}><input type="date" value={value.to} onChange={set('to')} /></Field>
    </>
  );
}
