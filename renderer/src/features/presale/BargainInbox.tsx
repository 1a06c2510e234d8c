import { useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { parseYuan, yuanInput } from '@shared/lib/money';
import { MINUTE } from '@shared/lib/time';
import { problem, ProblemError } from '@shared/lib/problem';
import { useLive } from '../../data';
import { answerBargain, bargainRows, type BargainRow } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors, type Translate } from '../../i18n';
import { Field, FormProblems } from '../../ui';
import { useNow } from '../../ui/useNow';
import { useTabs } from '../../state/tabs';
import { BargainSummary } from './BargainSummary';

/**
 * 让价申请: requests waiting for a supervisor (and, in 设置, the recent answers). A supervisor
 * allows what was asked, less, or declines, with a word for the agent; an agent sees them wait.
 */
export function BargainInbox({ agent, showAnswered = false }: { agent: Agent; showAnswered?: boolean }) {
  const { t } = useTranslation();
  const now = Math.floor(useNow(60_000) / MINUTE) * MINUTE;
  const rows = useLive(() => bargainRows(now, showAnswered), [now, showAnswered], []);
  if (rows.length === 0) return <p className="muted" data-testid="bargain-inbox-empty">{t('presale.bargain.inboxEmpty')}</p>;
  return (
    <ul className="bargain-inbox" data-testid="bargain-inbox">
      {rows.map((row) => <InboxItem key={row.request.id} row={row} agent={agent} />)}
    </ul>
  );
}

function InboxItem({ row, agent }: { row: BargainRow; agent: Agent }) {
  const { t } = useTranslation();
  const open = useTabs((s) => s.open);
  const r = row.request;
  const [form, setForm] = useState({ discount: yuanInput(r.ask.discountFen), gift: yuanInput(r.ask.giftFen), note: '' });
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const answer = async (decision: 'approved' | 'declined'): Promise<void> => {
    try {
      // Blank is nothing allowed; anything that is not an amount is named by its field.
      const discount = parseYuan(form.discount) ?? 0;
      const gift = parseYuan(form.gift) ?? 0;
      if (decision === 'approved' && (Number.isNaN(discount) || Number.isNaN(gift))) {
        throw ProblemError.of([...(Number.isNaN(discount) ? [problem('amountInvalid', { field: 'bargain.answer.discountFen' })] : []), ...(Number.isNaN(gift) ? [problem('amountInvalid', { field: 'bargain.answer.giftFen' })] : [])]);
      }
      const allowed = (fen: number): number => (Number.isNaN(fen) ? 0 : fen);
      await answerBargain(r.id, { decision, discountFen: allowed(discount), giftFen: allowed(gift), note: form.note }, { agentId: agent.id, now: Date.now() });
      setErrors(NO_ERRORS);
    } catch (e) {
      setErrors(fieldErrors(t as Translate, e, ['bargain.answer.discountFen', 'bargain.answer.giftFen']));
    }
  };
  const id = (k: string) => `bargain-${r.id}-${k}`;
  return (
    <li className="bargain-item" data-testid="bargain-item">
      <div className="bargain-item__head">
        <strong>{row.askedByName}</strong>
        <span className="muted">{row.shopName} · </span>
        <button type="button" className="link" onClick={() => open({ entity: 'conversation', id: r.conversationId }, row.buyerNick)}>{row.buyerNick}</button>
      </div>
      <BargainSummary request={r} answeredBy={row.answeredByName} />
      {r.state === 'pending' && agent.role === 'supervisor' ? (
        <div className="bargain-item__answer">
          <Field label={t('presale.bargain.allowDiscount')} htmlFor={id('discount')} error={errors.byField['bargain.answer.discountFen']}>
            <input id={id('discount')} value={form.discount} onChange={(e) => setForm({ ...form, discount: e.target.value })} inputMode="decimal" />
          </Field>
          <Field label={t('presale.bargain.allowGift')} htmlFor={id('gift')} error={errors.byField['bargain.answer.giftFen']}>
            <input id={id('gift')} value={form.gift} onChange={(e) => setForm({ ...form, gift: e.target.value })} inputMode="decimal" />
          </Field>
          <Field label={t('presale.bargain.answerNote')} htmlFor={id('note')}>
            <input id={id('note')} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} maxLength={200} />
          </Field>
          <button type="button" className="btn btn--primary btn--small" onClick={() => void answer('approved')} data-testid="bargain-approve">{t('presale.bargain.approve')}</button>
          <button type="button" className="btn btn--small" onClick={() => void answer('declined')} data-testid="bargain-decline">{t('presale.bargain.decline')}</button>
        </div>
      ) : null}
      <FormProblems lines={errors.rest} />
    </li>
  );
}
