import { formatShanghaiShort } from '@shared/lib/time';
import { useLive, closePromise, openPromisesOf } from '../../data';
import { useTranslation } from '../../i18n';
import { useNow } from '../../ui/useNow';
import { SubjectNotes } from '../notes';
import { PromiseForm } from './PromisesPanel';
import { useAgents } from './useAgent';
import './handover.css';

/**
 * What a buyer or case tab shows from the shift area: the shared note about the subject (same
 * editor, autosave and journal as the memo book) and the promises made to the buyer, with a
 * form to add one by hand. From a case the promise is tied to the case (and its order).
 */
export function SubjectFollowUps({ subjectId, buyerId, caseId = null, orderId = null, bar = false }: { subjectId: string; buyerId: string; caseId?: string | null; orderId?: string | null; bar?: boolean }) {
  const { t } = useTranslation();
  const { me } = useAgents();
  const now = useNow(30_000);
  const promises = useLive(() => openPromisesOf(buyerId, caseId), [buyerId, caseId], []);
  const body = (
    <div className="subject-followups">
      <div className="shift-card">
        <h2>{t('handover.subject.notesTitle')}</h2>
        <SubjectNotes subjectId={subjectId} />
      </div>
      <div className="shift-card" data-testid="subject-promises">
        <h2>{t('handover.promise.title')} <span className="muted">{promises.length}</span></h2>
        <ul className="promise-list">
          {promises.map((p) => (
            <li key={p.id} className={p.dueAt <= now ? 'promise-row promise-row--due' : 'promise-row'} data-testid="promise-row">
              <time>{formatShanghaiShort(p.dueAt)}</time>
              <span className="promise-row__what">{p.what}</span>
              {p.dueAt <= now ? <span className="badge badge--due">{t('handover.promise.overdue')}</span> : null}
              {me ? <button className="btn" onClick={() => void closePromise(p.id, 'kept', { agentId: me.id, now: Date.now() })} data-testid="promise-keep">{t('handover.promise.keep')}</button> : null}
            </li>
          ))}
        </ul>
        {me ? <PromiseForm agent={me} buyerId={buyerId} caseId={caseId} orderId={orderId} /> : null}
      </div>
    </div>
  );
  // In a busy tab (a case) it is a bar along the bottom that opens on demand.
  if (bar) {
    return (
      <details className="subject-followups-bar" data-testid="subject-followups">
        <summary data-testid="subject-followups-toggle">{t('handover.subject.summary', { count: promises.length })}</summary>
        {body}
      </details>
    );
  }
  return <section data-testid="subject-followups">{body}</section>;
}
