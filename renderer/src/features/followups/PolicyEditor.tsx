import { useEffect, useState } from 'react';
import { DEFAULT_PAYMENT_POLICY, PROMOTION_PAYMENT_POLICY, resolvePaymentPolicy, type PaymentPolicy } from '@shared/domain/payments';
import { problemsOf, type Problem } from '@shared/lib/problem';
import type { Shop } from '@shared/schemas/entities';
import { savePaymentPolicy } from '../../data';
import { problemText, useTranslation } from '../../i18n';
import { useWriteContext } from '../../state/writeContext';
import { Field } from '../../ui';

/** The form keeps what the agent typed (numbers may be NaN or negative) so the validator can name it. */
type Draft = Omit<PaymentPolicy, 'steps' | 'quietHours' | 'skip'> & {
  steps: { anchor: 'created' | 'beforeClose'; minutes: number }[];
  quietHours: { start: string; end: string; mode: 'sms' | 'hold' }[];
  skip: { minAmountFen: number; buyerRemindedToday: boolean };
};

const copy = (p: PaymentPolicy): Draft => JSON.parse(JSON.stringify(p)) as Draft;
const num = (v: string): number => (v.trim() === '' ? Number.NaN : Number(v));

/** Per-shop 催付 policy editor; a refused policy shows each problem at its field and keeps the form. */
export function PolicyEditor({ shop }: { shop: Shop }) {
  const { t } = useTranslation();
  const ctx = useWriteContext();
  const [draft, setDraft] = useState<Draft>(() => copy(resolvePaymentPolicy(shop.rules).policy));
  const [issues, setIssues] = useState<Problem[]>([]);
  const [saved, setSaved] = useState('');
  useEffect(() => { setDraft(copy(resolvePaymentPolicy(shop.rules).policy)); setIssues([]); setSaved(''); }, [shop.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = (patch: Partial<Draft>): void => { setDraft({ ...draft, ...patch }); setSaved(''); };
  // Problems name their field as `policy.<path>` (shared/domain/payments/policy.ts); each shows beside its input.
  const issueAt = (field: string): Problem[] => issues.filter((i) => i.field === `policy.${field}` || i.field?.startsWith(`policy.${field}.`));
  const Err = ({ field }: { field: string }) => (
    <>{issueAt(field).map((i, k) => <span key={k} className="field__error" role="alert">{problemText(t, i)}</span>)}</>
  );
  /** A single-input field's problems as its Field error (named, tied to the input by aria-describedby). */
  const errorOf = (field: string): string | null => issueAt(field).map((i) => problemText(t, i)).join('；') || null;

  const save = async (): Promise<void> => {
    try {
      await savePaymentPolicy(shop.id, draft, ctx());
      setIssues([]);
      setSaved(t('followups.policy.saved', { shop: shop.name }));
    } catch (e) {
      setIssues(problemsOf(e));
    }
  };

  return (
    <form className="ppolicy" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="policy-editor" noValidate>
      <div className="ppolicy__presets">
        <button type="button" className="btn" onClick={() => set(copy(DEFAULT_PAYMENT_POLICY))}>{t('followups.policy.presetDefault')}</button>
        <button type="button" className="btn" onClick={() => set(copy(PROMOTION_PAYMENT_POLICY))}>{t('followups.policy.presetPromotion')}</button>
      </div>
      <Field label={t('followups.policy.field.autoCloseMinutes')} error={errorOf('autoCloseMinutes')}>
        <input type="number" value={Number.isNaN(draft.autoCloseMinutes) ? '' : draft.autoCloseMinutes} onChange={(e) => set({ autoCloseMinutes: num(e.target.value) })} data-testid="policy-autoClose" />
      </Field>
      <fieldset>
        <legend>{t('followups.policy.steps')}</legend>
        {draft.steps.map((s, i) => (
          <div key={i} className="ppolicy__row" data-testid={`policy-step-${i}`}>
            <span>{t('followups.policy.field.steps', { n: i + 1 })}</span>
            <select value={s.anchor} onChange={(e) => set({ steps: draft.steps.map((x, j) => (j === i ? { ...x, anchor: e.target.value as Draft['steps'][number]['anchor'] } : x)) })} aria-label={t('followups.policy.field.anchor')}>
              <option value="created">{t('followups.policy.anchor.created')}</option>
              <option value="beforeClose">{t('followups.policy.anchor.beforeClose')}</option>
            </select>
            <input type="number" value={Number.isNaN(s.minutes) ? '' : s.minutes} onChange={(e) => set({ steps: draft.steps.map((x, j) => (j === i ? { ...x, minutes: num(e.target.value) } : x)) })} aria-label={t('followups.policy.field.minutes')} />
            <span>{t('followups.policy.minutes')}</span>
            <button type="button" className="link" onClick={() => set({ steps: draft.steps.filter((_, j) => j !== i) })}>{t('followups.policy.remove')}</button>
            <Err field={`steps.${i}`} />
          </div>
        ))}
        <button type="button" className="btn btn--ghost" onClick={() => set({ steps: [...draft.steps, { anchor: 'created', minutes: 60 }] })}>{t('followups.policy.addStep')}</button>
        {issues.filter((i) => i.field === 'policy.steps').map((i, k) => <span key={k} className="field__error" role="alert">{problemText(t, i)}</span>)}
      </fieldset>
      <div className="ppolicy__grid">
        <Field label={t('followups.policy.field.maxReminders')} error={errorOf('maxReminders')}>
          <input type="number" value={Number.isNaN(draft.maxReminders) ? '' : draft.maxReminders} onChange={(e) => set({ maxReminders: num(e.target.value) })} />
        </Field>
        <Field label={t('followups.policy.field.minGapMinutes')} error={errorOf('minGapMinutes')}>
          <input type="number" value={Number.isNaN(draft.minGapMinutes) ? '' : draft.minGapMinutes} onChange={(e) => set({ minGapMinutes: num(e.target.value) })} />
        </Field>
      </div>
      <fieldset>
        <legend>{t('followups.policy.quiet')}</legend>
        {draft.quietHours.map((w, i) => (
          <div key={i} className="ppolicy__row" data-testid={`policy-quiet-${i}`}>
            <span>{t('followups.policy.field.quietHours', { n: i + 1 })}</span>
            <input type="time" value={w.start} onChange={(e) => set({ quietHours: draft.quietHours.map((x, j) => (j === i ? { ...x, start: e.target.value } : x)) })} aria-label={t('followups.policy.field.start')} />
            –
            <input type="time" value={w.end} onChange={(e) => set({ quietHours: draft.quietHours.map((x, j) => (j === i ? { ...x, end: e.target.value } : x)) })} aria-label={t('followups.policy.field.end')} />
            <select value={w.mode} onChange={(e) => set({ quietHours: draft.quietHours.map((x, j) => (j === i ? { ...x, mode: e.target.value as 'sms' | 'hold' } : x)) })} aria-label={t('followups.policy.field.mode')}>
              <option value="sms">{t('followups.policy.mode.sms')}</option>
              <option value="hold">{t('followups.policy.mode.hold')}</option>
            </select>
            <button type="button" className="link" onClick={() => set({ quietHours: draft.quietHours.filter((_, j) => j !== i) })}>{t('followups.policy.remove')}</button>
            <Err field={`quietHours.${i}`} />
          </div>
        ))}
        <button type="button" className="btn btn--ghost" onClick={() => set({ quietHours: [...draft.quietHours, { start: '12:00', end: '13:30', mode: 'hold' }] })}>{t('followups.policy.addQuiet')}</button>
      </fieldset>
      <fieldset>
        <legend>{t('followups.policy.skip')}</legend>
        <Field label={t('followups.policy.field.minAmountFen')} error={errorOf('skip')}>
          <input type="number" step="0.01" value={Number.isNaN(draft.skip.minAmountFen) ? '' : draft.skip.minAmountFen / 100} onChange={(e) => set({ skip: { ...draft.skip, minAmountFen: Math.round(num(e.target.value) * 100) } })} />
        </Field>
        <Field label={t('followups.policy.field.buyerRemindedToday')} check>
          <input type="checkbox" checked={draft.skip.buyerRemindedToday} onChange={(e) => set({ skip: { ...draft.skip, buyerRemindedToday: e.target.checked } })} />
        </Field>
      </fieldset>
      {issues.length ? (
        <div className="error" role="alert" data-testid="policy-errors">
          {t('followups.policy.rejected')}
          <ul>{issues.map((i, k) => <li key={k}>{problemText(t, i)}</li>)}</ul>
        </div>
      ) : null}
      {saved ? <p className="pnotice" role="status">{saved}</p> : null}
      <button type="submit" className="btn btn--primary" data-testid="policy-save">{t('followups.policy.save')}</button>
    </form>
  );
}
