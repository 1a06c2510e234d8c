import { useEffect, useState, type FormEvent } from 'react';
import type { Shop } from '@shared/schemas/entities';
import type { WriteContext } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors, type Translate } from '../../i18n';

export interface ShopRulesFormOptions<F> {
  shops: Shop[];
  agentId: string;
  /** The form as the shop's stored rules say (defaults where it says nothing). */
  read: (rules: Shop['rules'] | undefined) => F;
  /** Validates and stores; throws a ProblemError naming the field. */
  save: (shopId: string, form: F, ctx: WriteContext) => Promise<unknown>;
  /** The field paths shown beside their inputs; other problems are listed under the form. */
  inputs: readonly string[];
}

/**
 * One shop's rules form in 设置 (auto replies, tiers…): the chosen shop, the form following the
 * stored values (here or from another PC), and a save that shows each refusal beside its field.
 */
export function useShopRulesForm<F>({ shops, agentId, read, save, inputs }: ShopRulesFormOptions<F>) {
  const { t } = useTranslation();
  const [shopId, setShopId] = useState('');
  const shop = shops.find((s) => s.id === shopId) ?? shops[0];
  const [form, setForm] = useState<F>(() => read(undefined));
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  // A new shop, or its rules changed elsewhere: the form starts from what is stored.
  useEffect(() => { setForm(read(shop?.rules)); }, [shop?.id, shop?.rules]); // eslint-disable-line react-hooks/exhaustive-deps -- `read` is a pure mapping
  useEffect(() => { setErrors(NO_ERRORS); setSaved(false); }, [shop?.id]);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!shop) return;
    setSaved(false);
    try {
      await save(shop.id, form, { agentId, now: Date.now() });
      setErrors(NO_ERRORS);
      setSaved(true);
    } catch (err) {
      setErrors(fieldErrors(t as Translate, err, [...inputs]));
    }
  };
  return { shop, setShopId, form, setForm, errors, saved, submit };
}
