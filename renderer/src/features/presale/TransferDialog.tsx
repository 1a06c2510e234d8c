import { useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { useLive, colleagues, transferConversation } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { Dialog, DialogClose, Field } from '../../ui';

type Problem = { field: 'to' | 'reason' | null; text: string };

/** Hand the buyer to a colleague with a reason; the colleague finds them at the top of their queue. */
export function TransferDialog({ conversationId, agent, onDone }: { conversationId: string; agent: Agent; onDone: (toName: string | null) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const others = useLive(() => colleagues(agent.id), [agent.id], []);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const target = others.find((a) => a.id === to) ?? null;

  const submit = async (): Promise<void> => {
    if (!target) return setProblem({ field: 'to', text: t('presale.transfer.pickAgent') });
    if (!reason.trim()) return setProblem({ field: 'reason', text: t('presale.transfer.needReason') });
    try {
      await transferConversation(conversationId, target.id, reason, t('presale.transfer.note', { from: agent.name, to: target.name, reason: reason.trim() }), { agentId: agent.id, now: Date.now() });
      onDone(target.name);
    } catch (e) {
      setProblem({ field: null, text: errorText(e) });
    }
  };
  const errorAt = (field: Problem['field']): string | null => (problem?.field === field ? problem.text : null);

  // Focus starts on the colleague list (the first field); Esc or Cancel return it to where Alt+T was pressed.
  return (
    <Dialog title={t('presale.transfer.title')} onClose={() => onDone(null)} onSubmit={() => void submit()} className="transfer">
      <Field label={t('presale.transfer.to')} htmlFor="transfer-to" error={errorAt('to')}>
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">{t('presale.transfer.choose')}</option>
          {others.map((a) => <option key={a.id} value={a.id}>{a.name}（{a.employeeNo}）</option>)}
        </select>
      </Field>
      <Field label={t('presale.transfer.reason')} htmlFor="transfer-reason" error={errorAt('reason')}>
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} placeholder={t('presale.transfer.reasonHint')} />
      </Field>
      {errorAt(null) ? <div className="error" role="alert">{errorAt(null)}</div> : null}
      <div className="dialog__actions">
        <DialogClose>{t('presale.cancel')}</DialogClose>
        <button type="submit" className="btn btn--primary">{t('presale.transfer.confirm')}</button>
      </div>
    </Dialog>
  );
}
