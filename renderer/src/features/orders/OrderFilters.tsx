import { FLAG_COLOURS, type FlagNumber } from '@shared/domain/remarks';
import { fromShanghai } from '@shared/lib/time';
import { OrderStatus, type Shop } from '@shared/schemas/entities';
import type { OrderFilter } from '../../data';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';

/** "2026-03-10" from a date input, as the start (or end) of that Shanghai day. */
function dayBound(value: string, end: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const start = fromShanghai(Number(m[1]), Number(m[2]), Number(m[3]));
  return end ? start + 86_399_999 : start;
}
function dayText(at: number | null): string {
  if (at === null) return '';
  const d = new Date(at + 8 * 3_600_000);
  return d.toISOString().slice(0, 10);
}

/** Filters of the 订单 grid: status, shop, flag, created date range, has remark. */
export function OrderFilters({ filter, shops, onChange }: { filter: OrderFilter; shops: Shop[]; onChange: (f: OrderFilter) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<OrderFilter>): void => onChange({ ...filter, ...patch });
  const toggleStatus = (s: OrderStatus): void =>
    set({ statuses: filter.statuses.includes(s) ? filter.statuses.filter((x) => x !== s) : [...filter.statuses, s] });
  return (
    <div className="ofilters" role="group" aria-label={t('orders.filters')}>
      <div className="ofilters__statuses">
        {OrderStatus.options.map((s) => (
          <label key={s} className={`chip ${filter.statuses.includes(s) ? 'chip--on' : ''}`}>
            <input type="checkbox" checked={filter.statuses.includes(s)} onChange={() => toggleStatus(s)} />
            {t(`orderStatus.${s}`)}
          </label>
        ))}
      </div>
      <Field label={t('orders.filter.shop')}>
        <select value={filter.shopId ?? ''} onChange={(e) => set({ shopId: e.target.value || null })}>
          <option value="">{t('orders.filter.all')}</option>
          {shops.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </Field>
      <Field label={t('orders.filter.flag')}>
        <select value={filter.flag ?? ''} onChange={(e) => set({ flag: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">{t('orders.filter.all')}</option>
          {([0, 1, 2, 3, 4, 5] as FlagNumber[]).map((f) => <option key={f} value={f}>{f === 0 ? t('orders.filter.noFlag') : `${f} · ${FLAG_COLOURS.taobao[f]?.name ?? ""}`}</option>)}
        </select>
      </Field>
      <Field label={t('orders.filter.from')}>
        <input type="date" value={dayText(filter.from)} onChange={(e) => set({ from: dayBound(e.target.value, false) })} />
      </Field>
      <Field label={t('orders.filter.to')}>
        <input type="date" value={dayText(filter.to === null ? null : filter.to - 86_399_999)} onChange={(e) => set({ to: dayBound(e.target.value, true) })} />
      </Field>
      <Field label={t('orders.filter.remark')}>
        <select value={filter.hasRemark} onChange={(e) => set({ hasRemark: e.target.value as OrderFilter['hasRemark'] })}>
          <option value="any">{t('orders.filter.all')}</option>
          <option value="yes">{t('orders.filter.withRemark')}</option>
          <option value="no">{t('orders.filter.withoutRemark')}</option>
        </select>
      </Field>
    </div>
  );
}
