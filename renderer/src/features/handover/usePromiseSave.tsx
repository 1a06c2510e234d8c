import { useState } from 'react';
import { checkDue } from '@shared/domain/promises';
import type { Agent } from '@shared/schemas/entities';
import { recordPromise, type PromiseDraft } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors } from '../../i18n';
import { ConfirmDialog } from '../../ui';

/** The inputs of a promise form, by the draft's field names (a refusal about `promises.what` shows under 内容). */
export const PROMISE_INPUTS = ['buyer', 'orderNo', 'what', 'dueAt'] as const;
export type PromiseInput = (typeof PROMISE_INPUTS)[number];

/**
 * Saving a promise with the past-due guard: a due time more than a minute ago is not saved
 * at once; the agent is asked to confirm (or fix it), so a typo never creates an overdue promise.
 * Refusals come back by input (`errors.byField`), the rest as lines.
 */
export function usePromiseSave(agent: Agent, onSaved: () => void) {
  const { t } = useTranslation();
  const [confirmPast, setConfirmPast] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  /** A refusal the form found itself, shown under `input`. */
  const refuseAt = (input: PromiseInput, text: string): void => setErrors({ byField: { [input]: text }, rest: [] });

  const save = async (draft: PromiseDraft, confirmed = false): Promise<void> => {
    const now = Date.now();
    const check = checkDue(draft.dueAt, now);
    if (!check.ok && check.reason === 'invalid') return refuseAt('dueAt', t('handover.promise.badDue'));
    if (!check.ok && check.reason === 'past' && !confirmed) return setConfirmPast(Math.round(check.byMs / 60_000));
    try {
      await recordPromise(draft, { agentId: agent.id, agentName: agent.name, now });
      setConfirmPast(null);
      setErrors(NO_ERRORS);
      onSaved();
    } catch (e) {
      setErrors(fieldErrors(t, e, PROMISE_INPUTS, (p) => p.field?.replace(/^promises\./, '')));
    }
  };
  return { save, confirmPast, cancelPast: () => setConfirmPast(null), errors, refuseAt, clearErrors: () => setErrors(NO_ERRORS) };
}

/** The past-due question as a modal alert; focus starts on "fix it", the safe answer. */
export function PastDueConfirm({ minutes, onConfirm, onCancel }: { minutes: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const question = {
    title: t('handover.promise.pastTitle'), body: t('handover.promise.pastAsk', { minutes }),
    confirmLabel: t('handover.promise.pastYes'), cancelLabel: t('handover.promise.pastNo'), focus: 'cancel' as const,
    testId: 'promise-past-confirm', confirmTestId: 'promise-past-yes',
  };
  return <ConfirmDialog question={question} onAnswer={(yes) => (yes ? onConfirm() : onCancel())} />;
}
