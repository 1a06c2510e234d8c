import { useEffect, useState } from 'react';
import { boardPresence } from '@shared/domain/team';
import type { TeamOverview } from '@shared/schemas/teamAccounts';
import { reassignCase, teamBoardView, transferConversation, useLiveAt, type TeamCase } from '../../data';
import { useDuration, useErrorText, useTranslation } from '../../i18n';
import { Select } from '../../ui';
import { useWriteContext } from '../../state/writeContext';

const pct = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/**
 * The supervisor's live board (issue 13 §5), from the records every PC of the team syncs and
 * the server's presence: each agent's presence and PC, waiting queue and longest wait, buyers
 * over the 3-minute line, today's KPIs; reassigning a waiting buyer or an open case to another
 * agent (it shows in their queue / their cases once it syncs).
 */
export function TeamBoard({ overview }: { overview: TeamOverview | null }) {
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
  const [casePick, setCasePick] = useState({ key: '', to: '' });
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (!board) return null;
  // With the server's word, the team is its accounts: agents records made on a PC before the
  // team had accounts (nobody can sign in as them) show only while buyers still wait for them.
  const account = (id: string) => !overview || overview.agents.some((a) => a.agentId === id);
  const rows = board.rows.filter((r) => r.agentId === '' || account(r.agentId) || r.waiting > 0);
  const agents = board.rows.filter((r) => r.agentId !== '' && account(r.agentId));
  const nameOf = (id: string | null) => (id ? (agents.find((a) => a.agentId === id)?.name ?? '') : t('team.board.anyone'));
  const presenceOf = (agentId: string) => {
    const account = overview?.agents.find((a) => a.agentId === agentId);
    if (!overview || !account) return { state: 'unknown' as const, device: '' };
    return { state: boardPresence(account.presence, overview.now), device: account.presence?.deviceName ?? '' };
  };

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

  const caseKey = (c: { kind: string; id: string }) => `${c.kind}:${c.id}`;
  const caseLabel = (c: TeamCase) =>
    t('team.board.caseOption', { kind: t(`team.board.caseKind.${c.kind}`), buyer: c.buyerNick, what: t(`team.board.caseWhat.${c.what}`, { defaultValue: c.what }), who: nameOf(c.ownerId) });
  const reassignOneCase = async (): Promise<void> => {
    const found = board.cases.find((c) => caseKey(c) === casePick.key);
    const to = agents.find((a) => a.agentId === casePick.to);
    if (!found || !to) return setMessage({ error: true, text: t('team.board.pickCase') });
    try {
      await reassignCase(found.kind, found.id, to.agentId, ctx());
      setMessage({ error: false, text: t('team.board.caseDone', { what: caseLabel(found), name: to.name }) });
      setCasePick({ key: '', to: '' });
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };
  const agentOptions = [{ value: '', label: '—' }, ...agents.map((a) => ({ value: a.agentId, label: a.name }))];

  return (
    <section className="card team-board" data-testid="team-board" aria-labelledby="teamBoardTitle">
      <h2 id="teamBoardTitle">{t('team.board.title')}</h2>
      <div className="team-board__scroll">
        <table className="table team-board__table">
          <thead>
            <tr>
              <th>{t('team.accounts.name')}</th>
              <th>{t('team.board.presence')}</th>
              <th className="num">{t('team.board.waiting')}</th>
              <th className="num">{t('team.board.longest')}</th>
              <th className="num">{t('team.board.overLine')}</th>
              <th className="num">{t('team.board.replies')}</th>
              <th className="num">{t('team.board.rate')}</th>
              <th className="num">{t('team.board.payments')}</th>
              <th className="num">{t('team.board.casesClosed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const p = r.agentId ? presenceOf(r.agentId) : null;
              return (
                <tr key={r.agentId || 'shared'} data-testid="team-board-row" data-agent={r.agentId} data-presence={p?.state ?? ''}>
                  <td>{r.agentId ? r.name : t('team.board.anyone')}</td>
                  <td data-testid="team-board-presence">
                    {p ? (
                      <span className={`team-presence team-presence--${p.state}`}>
                        <span className="team-presence__dot" aria-hidden="true" />
                        {t(`team.board.state.${p.state}`)}
                        {p.device && p.state !== 'signedOut' ? <span className="muted"> · {p.device}</span> : null}
                      </span>
                    ) : '—'}
                  </td>
                  <td className="num" data-testid="team-board-waiting">{r.waiting}</td>
                  <td className="num" data-testid="team-board-longest">{r.longestWaitMs === null ? '—' : duration(r.longestWaitMs)}</td>
                  <td className={r.overLine > 0 ? 'num error' : 'num'}>{r.overLine}</td>
                  <td className="num" data-testid="team-board-replies">{r.kpis?.replies ?? '—'}</td>
                  <td className="num" data-testid="team-board-rate" title={r.kpis ? t('team.board.rateOf', { within: r.kpis.within, rounds: r.kpis.rounds }) : undefined}>{r.kpis ? pct(r.kpis.rate) : '—'}</td>
                  <td className="num" data-testid="team-board-payments">{r.kpis ? t('team.board.paidOf', { paid: r.kpis.paid, reminded: r.kpis.reminded }) : '—'}</td>
                  <td className="num" data-testid="team-board-cases">{r.kpis?.casesClosed ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted team-board__rule">{t('team.board.rule')}</p>
      <div className="team-board__actions">
        <div className="team-board__reassign" data-testid="team-reassign-buyer">
          <h3>{t('team.board.reassignBuyer')}</h3>
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
          ) : <p className="muted">{t('team.board.noneWaiting')}</p>}
        </div>
        <div className="team-board__reassign" data-testid="team-reassign-cases">
          <h3>{t('team.board.reassignCase')}</h3>
          {board.cases.length > 0 ? (
            <div className="team__buttons">
              <Select label={t('team.board.case')} value={casePick.key} options={[{ value: '', label: '—' }, ...board.cases.map((c) => ({ value: caseKey(c), label: caseLabel(c) }))]} onChange={(key) => setCasePick({ ...casePick, key })} testId="team-case-pick" className="team-board__case" />
              <Select label={t('team.board.to')} value={casePick.to} options={agentOptions} onChange={(to) => setCasePick({ ...casePick, to })} testId="team-case-to" />
              <button className="btn" onClick={() => void reassignOneCase()} data-testid="team-reassign-case">{t('team.board.reassign')}</button>
            </div>
          ) : <p className="muted">{t('team.board.noCases')}</p>}
        </div>
      </div>
      {message ? <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="team-board-message">{message.text}</p> : null}
    </section>
  );
}
