import { useState, type FormEvent } from 'react';
import type { Shop } from '@shared/schemas/entities';
import { Platform } from '@shared/schemas/common';
import { resolvePaymentPolicy } from '@shared/domain/payments';
import { saveShopProfile } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors, type Translate } from '../../i18n';
import { Field, FormProblems } from '../../ui';

const INPUTS = ['shops.name', 'shops.platform', 'policy.autoCloseMinutes'];

/** One shop: its name, platform and when its unpaid orders close on their own. */
export function ShopRow({ shop, agentId }: { shop: Shop; agentId: string }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: shop.name, platform: shop.platform, autoClose: String(resolvePaymentPolicy(shop.rules).policy.autoCloseMinutes) });
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const id = (k: string) => `shop-${shop.id}-${k}`;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setSaved(false);
    try {
      const minutes = form.autoClose.trim() === '' ? Number.NaN : Number(form.autoClose);
      await saveShopProfile(shop.id, { name: form.name, platform: form.platform, autoCloseMinutes: minutes }, { agentId, now: Date.now() });
      setErrors(NO_ERRORS);
      setSaved(true);
    } catch (err) {
      setErrors(fieldErrors(t as Translate, err, INPUTS));
    }
  };

  return (
    <form className="rules-row" onSubmit={(e) => void submit(e)} noValidate data-testid="shop-row">
      <Field label={t('settings.rules.shops.name')} htmlFor={id('name')} error={errors.byField['shops.name']}>
        <input id={id('name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} maxLength={60} />
      </Field>
      <Field label={t('settings.rules.shops.platform')} htmlFor={id('platform')}>
        <select id={id('platform')} value={form.platform} onChange={(e) => setForm({ ...form, platform: Platform.parse(e.target.value) })}>
          {Platform.options.map((p) => <option key={p} value={p}>{t(`platform.${p}`)}</option>)}
        </select>
      </Field>
      <Field label={t('settings.rules.shops.autoClose')} htmlFor={id('autoClose')} error={errors.byField['policy.autoCloseMinutes']}>
        <input id={id('autoClose')} value={form.autoClose} onChange={(e) => setForm({ ...form, autoClose: e.target.value })} inputMode="numeric" />
      </Field>
      <button className="btn" type="submit">{t('settings.rules.save')}</button>
      {shop.demo ? <span className="badge">{t('settings.rules.shops.demo')}</span> : null}
      {saved ? <span role="status" className="muted">{t('settings.rules.saved')}</span> : null}
      <FormProblems lines={errors.rest} />
    </form>
  );
}
