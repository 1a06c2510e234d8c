import { useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { checkAuthority, DEFAULT_BARGAIN_LIMITS, type BargainAsk } from '@shared/domain/presale';
import { formatYuan, parseYuan, yuanInput } from '@shared/lib/money';
import { problem, ProblemError, type Problem } from '@shared/lib/problem';
import { useLive } from '../../data';
import { askSupervisor, readBargainLimits } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors, type Translate } from '../../i18n';
import { Field, FormProblems } from '../../ui';

const INPUTS = ['bargain.ask.priceFen', 'bargain.ask.discountFen', 'bargain.ask.giftFen', 'bargain.ask.gift', 'bargain.ask.note'];
type Form = { price: string; discount: string; giftFen: string; gift: string; note: string };

/** Typed yuan as fen: blank is 0, anything else that is not money is named by its field. */
function askOf(f: Form): { ask: BargainAsk; problems: Problem[] } {
  const problems: Problem[] = [];
  const fen = (v: string, field: string): number => {
    const fen = parseYuan(v);
    if (Number.isNaN(fen)) problems.push(problem('amountInvalid', { field: `bargain.ask.${field}` }));
    return fen === null || Number.isNaN(fen) ? 0 : fen;
  };
  return { ask: { priceFen: fen(f.price, 'priceFen'), discountFen: fen(f.discount, 'discountFen'), giftFen: fen(f.giftFen, 'giftFen'), gift: f.gift, note: f.note }, problems };
}

/**
 * 申请主管让价: what the buyer wants off, or a gift. The form says at once whether it is within
 * the agent's own authority (then no request is needed) or must go to a supervisor.
 */
export function BargainDialog({ conversationId, agent, priceFen, onDone }: { conversationId: string; agent: Agent; priceFen: number | null; onDone: (sent: boolean) => void }) {
  const { t } = useTranslation();
  const limits = useLive(readBargainLimits, [], DEFAULT_BARGAIN_LIMITS);
  const [form, setForm] = useState<Form>({ price: yuanInput(priceFen), discount: '', giftFen: '', gift: '', note: '' });
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const { ask, problems } = askOf(form);
  const check = problems.length === 0 && (ask.discountFen > 0 || ask.giftFen > 0) ? checkAuthority(limits, agent.role, ask) : null;

  const submit = async (): Promise<void> => {
    try {
      if (problems.length) throw ProblemError.of(problems);
      await askSupervisor(conversationId, ask, { agentId: agent.id, now: Date.now() });
      onDone(true);
    } catch (e) {
      setErrors(fieldErrors(t as Translate, e, INPUTS));
    }
  };
  const input = (k: keyof Form, field: string, label: string, more: { inputMode?: 'decimal'; maxLength?: number } = {}) => (
    <Field label={label} htmlFor={`bargain-${k}`} error={errors.byField[field]}>
      <input id={`bargain-${k}`} value={form[k]} onChange={(e) => setForm({ ...form, [k]: e.target.value })} {...more} />
    </Field>
  );

  return (
    <form className="popover bargain-dialog" role="dialog" aria-label={t('presale.bargain.title')} onSubmit={(e) => { e.preventDefault(); void submit(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') onDone(false); }} noValidate data-testid="bargain-dialog">
      <h3>{t('presale.bargain.title')}</h3>
      <div>{input('price', 'bargain.ask.priceFen', t('presale.bargain.price'), { inputMode: 'decimal' })}</div>
      <div>{input('discount', 'bargain.ask.discountFen', t('presale.bargain.discount'), { inputMode: 'decimal' })}</div>
      <div>{input('gift', 'bargain.ask.gift', t('presale.bargain.gift'), { maxLength: 60 })}</div>
      <div>{input('giftFen', 'bargain.ask.giftFen', t('presale.bargain.giftValue'), { inputMode: 'decimal' })}</div>
      {input('note', 'bargain.ask.note', t('presale.bargain.note'), { maxLength: 200 })}
      {check ? (
        <p className={check.within ? 'bargain-check bargain-check--ok' : 'bargain-check'} role="status" data-testid="bargain-check">
          {check.within
            ? t('presale.bargain.within', { discount: formatYuan(check.maxDiscountFen), gift: formatYuan(check.maxGiftFen) })
            : t('presale.bargain.over', { discount: formatYuan(check.maxDiscountFen), gift: formatYuan(check.maxGiftFen) })}
        </p>
      ) : null}
      <FormProblems lines={errors.rest} />
      <div className="popover__actions">
        <button type="button" className="btn" onClick={() => onDone(false)}>{t('presale.cancel')}</button>
        <button type="submit" className="btn btn--primary" disabled={check?.within === true} data-testid="bargain-send">{t('presale.bargain.send')}</button>
      </div>
    </form>
  );
}
