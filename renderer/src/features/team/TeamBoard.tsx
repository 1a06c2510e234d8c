import { useEffect, useState } from 'react';
import { teamBoardView, transferConversation, useLiveAt } from '../../data';
import { useDuration, useErrorText, useTranslation } from '../../i18n';
import { useWriteContext } from '../../state/writeContext';

/**
 * The supervisor's live board (issue 13 §5), from the records every PC of the team syncs: each
 * agent's waiting queue and longest wait, buyers over the 3-minute line, buyers answered today,
 * and reassigning a waiting buyer to another agent (it shows at the top of their queue).
 */
export function TeamBoard() {
  const { t } = useTranslation();
  const duration = useDuration();
  const errorText = useErrorText();
  const ctx = useWriteContext();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);
  const board = useLiveAt(teamBoardView, Math.floor(now / 5_000) * 5_000, null);
  const [pick, setPick] = useState({ conversation: '', to: '' });
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (!board) return null;
  const agents = board.rows.filter((r) => r.agentId !== '');
  const nameOf = (id: string | null) => (id ? (agents.find((a) => a.agentId === id)?.name ?? '') : t('team.board.anyone'));

  const reassign = async (): Promise<void> => {
    const conv = board.waiting.find((w) => w.id === pick.conversation);
    const to = agents.find((a) => a.agentId === pick.to);
    if (!conv || !to) return setMessage({ error: true, text: t('team.board.pickBoth') });
    try {
      await transferConversation(conv.id, to.agentId, t('team.board.reason'), t('team.board.note', { name: to.name }), ctx());
      setMessage({ error: false, text: t('team.board.done', { buyer: conv.buyerNick, name: to.name }) });
      setPick({ conversation: '', to: '' });
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };

  return (
    <div className="team-board" data-testid="team-board">
      <h3>{t('team.board.title')}</h3>
      <table className="team-accounts__table">
        <thead>
          <tr><th>{t('team.accounts.name')}</th><th>{t('team.board.waiting')}</th><th>{t('team.board.longest')}</th><th>{t('team.board.overLine')}</th><th>{t('team.board.answeredToday')}</th></tr>
        </thead>
        <tbody>
          {board.rows.map((r) => (
            <tr key={r.agentId || 'shared'} data-testid="team-board-row" data-agent={r.agentId}>
              <td>{r.agentId ? r.name : t('team.board.anyone')}</td>
              <td data-testid="team-board-waiting">{r.waiting}</td>
              <td>{r.longestWaitMs === null ? '—' : duration(r.longestWaitMs)}</td>
              <td className={r.overLine > 0 ? 'error' : ''}>{r.overLine}</td>
              <td>{r.repliesToday}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {board.waiting.length > 0 ? (
        <div className="team__buttons">
          <label htmlFor="reassignBuyer">{t('team.board.buyer')}</label>
          <select id="reassignBuyer" value={pick.conversation} onChange={(e) => setPick({ ...pick, conversation: e.target.value })}>
            <option value="">—</option>
            {board.waiting.map((w) => (
              <option key={w.id} value={w.id}>{t('team.board.buyerOption', { buyer: w.buyerNick, who: nameOf(w.waitsFor), wait: duration(Math.max(0, now - w.lastBuyerAt)) })}</option>
            ))}
          </select>
          <label htmlFor="reassignTo">{t('team.board.to')}</label>
          <select id="reassignTo" value={pick.to} onChange={(e) => setPick({ ...pick, to: e.target.value })}>
            <option value="">—</option>
            {agents.map((a) => <option key={a.agentId} value={a.agentId}>{a.name}</option>)}
          </select>
          <button className="btn" onClick={() => void reassign()} data-testid="team-reassign">{t('team.board.reassign')}</button>
        </div>
      ) : null}
      {message ? <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="team-board-message">{message.text}</p> : null}
    </div>
  );
}
