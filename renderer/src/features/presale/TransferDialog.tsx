import { useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { useLive, colleagues, transferConversation } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';

/** Hand the buyer to a colleague with a reason; the colleague finds them at the top of their queue. */
export function TransferDialog({ conversationId, agent, onDone }: { conversationId: string; agent: Agent; onDone: (toName: string | null) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const others = useLive(() => colleagues(agent.id), [agent.id], []);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const target = others.find((a) => a.id === to) ?? null;

  const submit = async (): Promise<void> => {
    if (!target) return setError(t('presale.transfer.pickAgent'));
    if (!reason.trim()) return setError(t('presale.transfer.needReason'));
    try {
      await transferConversation(conversationId, target.id, reason, t('presale.transfer.note', { from: agent.name, to: target.name, reason: reason.trim() }), { agentId: agent.id, now: Date.now() });
      onDone(target.name);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form className="popover" role="dialog" aria-label={t('presale.transfer.title')} onSubmit={(e) => { e.preventDefault(); void submit(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') onDone(null); }}>
      <h3>{t('presale.transfer.title')}</h3>
      <label htmlFor="transfer-to">{t('presale.transfer.to')}</label>
      <select id="transfer-to" value={to} onChange={(e) => setTo(e.target.value)} autoFocus>
        <option value="">{t('presale.transfer.choose')}</option>
        {others.map((a) => <option key={a.id} value={a.id}>{a.name}（{a.employeeNo}）</option>)}
      </select>
      <label htmlFor="transfer-reason">{t('presale.transfer.reason')}</label>
      <input id="transfer-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} placeholder={t('presale.transfer.reasonHint')} />
      {error ? <div className="error" role="alert">{error}</div> : null}
      <div className="popover__actions">
        <button type="button" className="btn" onClick={() => onDone(null)}>{t('presale.cancel')}</button>
        <button type="submit" className="btn btn--primary">{t('presale.transfer.confirm')}</button>
      </div>
    </form>
  );
}
