import { useState } from 'react';
import { checkDue } from '@shared/domain/promises';
import type { Agent } from '@shared/schemas/entities';
import { recordPromise, type PromiseDraft } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { ConfirmDialog } from '../../ui';

/**
 * Saving a promise with the past-due guard: a due time more than a minute ago is not saved
 * at once; the agent is asked to confirm (or fix it), so a typo never creates an overdue promise.
 */
export function usePromiseSave(agent: Agent, onSaved: () => void) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [confirmPast, setConfirmPast] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (draft: PromiseDraft, confirmed = false): Promise<void> => {
    const now = Date.now();
    const check = checkDue(draft.dueAt, now);
    if (!check.ok && check.reason === 'invalid') return setError(t('handover.promise.badDue'));
    if (!check.ok && check.reason === 'past' && !confirmed) return setConfirmPast(Math.round(check.byMs / 60_000));
    try {
      await recordPromise(draft, { agentId: agent.id, agentName: agent.name, now });
      setConfirmPast(null);
      setError(null);
      onSaved();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return { save, confirmPast, cancelPast: () => setConfirmPast(null), error };
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
