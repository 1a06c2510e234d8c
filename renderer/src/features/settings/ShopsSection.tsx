import { useState, type FormEvent } from 'react';
import { Platform } from '@shared/schemas/common';
import { listShops, useLive } from '../../data';
import { addShop } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors, type Translate } from '../../i18n';
import { Field, FormProblems } from '../../ui';
import { ShopRow } from './ShopRow';

/** 店铺: the shops served from this desk — added, renamed, their platform and auto-close rule. */
export function ShopsSection({ agentId }: { agentId: string }) {
  const { t } = useTranslation();
  const shops = useLive(listShops, [], []);
  const [form, setForm] = useState<{ name: string; platform: Platform }>({ name: '', platform: 'taobao' });
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    try {
      await addShop(form, { agentId, now: Date.now() });
      setForm({ name: '', platform: form.platform });
      setErrors(NO_ERRORS);
    } catch (err) {
      setErrors(fieldErrors(t as Translate, err, ['shops.name']));
    }
  };

  return (
    <section className="card rules rules--wide" data-testid="shops-section">
      <h2>{t('settings.rules.shops.title')}</h2>
      <p className="muted">{t('settings.rules.shops.hint')}</p>
      {shops.map((s) => <ShopRow key={s.id} shop={s} agentId={agentId} />)}
      <form className="rules-row rules-row--add" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('settings.rules.shops.newName')} htmlFor="new-shop-name" error={errors.byField['shops.name']}>
          <input id="new-shop-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} maxLength={60} />
        </Field>
        <Field label={t('settings.rules.shops.platform')} htmlFor="new-shop-platform">
          <select id="new-shop-platform" value={form.platform} onChange={(e) => setForm({ ...form, platform: Platform.parse(e.target.value) })}>
            {Platform.options.map((p) => <option key={p} value={p}>{t(`platform.${p}`)}</option>)}
          </select>
        </Field>
        <button className="btn btn--primary" type="submit" data-testid="shop-add">{t('settings.rules.shops.add')}</button>
        <FormProblems lines={errors.rest} />
      </form>
    </section>
  );
}
