import { tierRulesOf, type TierRules } from '@shared/domain/presale';
import { parseYuan, yuanInput } from '@shared/lib/money';
import { problem, ProblemError, type Problem } from '@shared/lib/problem';
import { listShops, saveTierRules, useLive } from '../../data';
import { useTranslation } from '../../i18n';
import { Field, FormProblems } from '../../ui';
import { SaveRow } from './SaveRow';
import { ShopPicker } from './ShopPicker';
import { useShopRulesForm } from './useShopRulesForm';

type Form = Record<'seniorOrders' | 'seniorSpent' | 'vipOrders' | 'vipSpent', string>;
const INPUTS = ['tiers.senior.orders', 'tiers.senior.spentFen', 'tiers.vip.orders', 'tiers.vip.spentFen'];

const formOf = (r: TierRules): Form => ({ seniorOrders: String(r.senior.orders), seniorSpent: yuanInput(r.senior.spentFen), vipOrders: String(r.vip.orders), vipSpent: yuanInput(r.vip.spentFen) });

/** The form as thresholds; a count or an amount that is not one is named by its field. */
function rulesOf(f: Form): TierRules {
  const problems: Problem[] = [];
  const count = (v: string, field: string): number => {
    if (!/^\d+$/.test(v.trim())) problems.push(problem('notWhole', { field }));
    return Number(v.trim());
  };
  const money = (v: string, field: string): number => {
    const fen = parseYuan(v);
    if (fen === null || Number.isNaN(fen)) problems.push(problem('amountInvalid', { field }));
    return fen ?? 0;
  };
  const rules = {
    senior: { orders: count(f.seniorOrders, INPUTS[0]!), spentFen: money(f.seniorSpent, INPUTS[1]!) },
    vip: { orders: count(f.vipOrders, INPUTS[2]!), spentFen: money(f.vipSpent, INPUTS[3]!) },
  };
  if (problems.length) throw ProblemError.of(problems);
  return rules;
}

/** 会员等级: how many paid orders or how much spent makes a buyer 高级 or VIP in each shop. */
export function TiersSection({ agentId }: { agentId: string }) {
  const { t } = useTranslation();
  const shops = useLive(listShops, [], []);
  const { shop, setShopId, form, setForm, errors, saved, submit } = useShopRulesForm({
    shops, agentId, inputs: INPUTS,
    read: (rules) => formOf(tierRulesOf(rules)),
    save: (shopId, f, ctx) => saveTierRules(shopId, rulesOf(f), ctx),
  });
  const input = (k: keyof Form, field: string) => (
    <Field label={t(`settings.rules.tiers.${k}`)} htmlFor={`tier-${k}`} error={errors.byField[field]}>
      <input id={`tier-${k}`} value={form[k]} onChange={(e) => setForm({ ...form, [k]: e.target.value })} inputMode="decimal" />
    </Field>
  );

  return (
    <section className="card rules" data-testid="tiers-section">
      <h2>{t('settings.rules.tiers.title')}</h2>
      <p className="muted">{t('settings.rules.tiers.hint')}</p>
      {shop ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ShopPicker id="tiers-shop" shops={shops} value={shop.id} onChange={setShopId} />
          <div className="rules-row">{input('seniorOrders', INPUTS[0]!)}{input('seniorSpent', INPUTS[1]!)}{input('vipOrders', INPUTS[2]!)}{input('vipSpent', INPUTS[3]!)}</div>
          <SaveRow saved={saved} />
          <FormProblems lines={errors.rest} />
        </form>
      ) : <p className="muted">{t('settings.rules.noShops')}</p>}
    </section>
  );
}
