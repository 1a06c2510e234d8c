import { useEffect, useState, type FormEvent } from 'react';
import type { BargainLimits } from '@shared/domain/presale';
import type { Agent } from '@shared/schemas/entities';
import { parseYuan, yuanInput } from '@shared/lib/money';
import { problem, ProblemError, type Problem } from '@shared/lib/problem';
import { useLive } from '../../data';
import { readBargainLimits, saveBargainLimits } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors, type Translate } from '../../i18n';
import { Field, FormProblems } from '../../ui';
import { SaveRow } from './SaveRow';
import { BargainInbox } from '../presale';

const ROLES = ['agent', 'supervisor'] as const;
type Form = Record<`${(typeof ROLES)[number]}${'Pct' | 'Gift'}`, string>;
const formOf = (l: BargainLimits): Form => ({ agentPct: String(l.agent.discountPct), agentGift: yuanInput(l.agent.giftFen), supervisorPct: String(l.supervisor.discountPct), supervisorGift: yuanInput(l.supervisor.giftFen) });

function limitsOf(f: Form): BargainLimits {
  const problems: Problem[] = [];
  const pct = (v: string, role: string): number => {
    if (!/^\d{1,3}(\.\d)?$/.test(v.trim())) problems.push(problem('notNumber', { field: `bargain.${role}.discountPct` }));
    return Number(v.trim());
  };
  const money = (v: string, role: string): number => {
    const fen = parseYuan(v);
    if (fen === null || Number.isNaN(fen)) problems.push(problem('amountInvalid', { field: `bargain.${role}.giftFen` }));
    return fen ?? 0;
  };
  const limits = { agent: { discountPct: pct(f.agentPct, 'agent'), giftFen: money(f.agentGift, 'agent') }, supervisor: { discountPct: pct(f.supervisorPct, 'supervisor'), giftFen: money(f.supervisorGift, 'supervisor') } };
  if (problems.length) throw ProblemError.of(problems);
  return limits;
}

/** 议价权限: the largest discount and gift each role may give; above it the agent asks a supervisor, answered here. */
export function BargainSection({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const stored = useLive(readBargainLimits, [], null);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  useEffect(() => { if (stored) setForm(formOf(stored)); }, [stored]);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!form) return;
    setSaved(false);
    try {
      await saveBargainLimits(limitsOf(form), { agentId: agent.id, now: Date.now() });
      setErrors(NO_ERRORS);
      setSaved(true);
    } catch (err) {
      setErrors(fieldErrors(t as Translate, err, ROLES.flatMap((r) => [`bargain.${r}.discountPct`, `bargain.${r}.giftFen`])));
    }
  };

  return (
    <section className="card rules rules--wide" data-testid="bargain-section">
      <h2>{t('settings.rules.bargain.title')}</h2>
      <p className="muted">{t('settings.rules.bargain.hint')}</p>
      {form ? (
        <form className="rules-row" onSubmit={(e) => void submit(e)} noValidate>
          {ROLES.map((r) => (
            <fieldset key={r} className="rules-group">
              <legend>{t(`role.${r}`)}</legend>
              <Field label={t('settings.rules.bargain.pct')} htmlFor={`bargain-${r}-pct`} error={errors.byField[`bargain.${r}.discountPct`]}>
                <input id={`bargain-${r}-pct`} value={form[`${r}Pct`]} onChange={(e) => setForm({ ...form, [`${r}Pct`]: e.target.value })} inputMode="decimal" />
              </Field>
              <Field label={t('settings.rules.bargain.gift')} htmlFor={`bargain-${r}-gift`} error={errors.byField[`bargain.${r}.giftFen`]}>
                <input id={`bargain-${r}-gift`} value={form[`${r}Gift`]} onChange={(e) => setForm({ ...form, [`${r}Gift`]: e.target.value })} inputMode="decimal" />
              </Field>
            </fieldset>
          ))}
          <SaveRow saved={saved} />
        </form>
      ) : null}
      <FormProblems lines={errors.rest} />
      <h3>{t('settings.rules.bargain.requests')}</h3>
      <BargainInbox agent={agent} showAnswered />
    </section>
  );
}
