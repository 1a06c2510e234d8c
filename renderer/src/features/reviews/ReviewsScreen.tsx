import { reviewQueue } from '@shared/domain/cases';
import { formatShanghaiShort } from '@shared/lib/time';
import { useLive, openReviewQueue } from '../../data';
import { useTranslation } from '../../i18n';
import { rovingTabIndex } from '../../ui/roving';
import { Segmented } from '../../ui/Segmented';
import { useTabs } from '../../state/tabs';
import { Empty } from '../../ui/Empty';
import { useNow } from '../../ui/useNow';
import { NewReviewForm } from './NewReviewForm';
import { ReviewRegister } from './ReviewRegister';
import { useCaseScreen, useCaseText, useCaseQueue } from '../cases';

/** 评价 tab: open 中差评 by what is due first (next contact or window end), and the register. */
export function ReviewsScreen() {
  const { t } = useTranslation();
  const { countdown } = useCaseText();
  const now = useNow(30_000);
  const { view, setView, adding, setAdding } = useCaseScreen();
  const queueList = useCaseQueue('[data-testid="review-item"]');
  const rows = useLive(openReviewQueue, [], []);
  const open = useTabs((s) => s.open);
  const queue = reviewQueue(rows, now);
  return (
    <div className="cases-screen" data-testid="reviews-screen">
      <div className="cases-screen__bar">
        <Segmented values={['queue', 'register'] as const} value={view} onChange={setView} labelOf={(v) => t(`reviews.reviewsView.${v}`)} testId={(v) => `reviews-view-${v}`} />
        <button className="btn btn--primary" onClick={() => setAdding((a) => !a)} data-testid="review-new">{t('reviews.newReview')} <kbd>Alt+N</kbd></button>
      </div>
      {adding ? <NewReviewForm onDone={(r) => { setAdding(false); open({ entity: 'case', id: r.id }, t('reviews.reviewTab')); }} /> : null}
      {view === 'register' ? <ReviewRegister /> : queue.length === 0 ? <Empty title={t('reviews.noOpenReviews')} /> : (
        <ul className="case-queue" data-testid="review-queue" ref={queueList}>
          {queue.map(({ review: r, buyerNick, orderNo, due, overdue, explainBy }, i) => {
            return (
              <li key={r.id}>
                <button className={`case-row${overdue ? ' case-row--over' : ''}`} onClick={() => open({ entity: 'case', id: r.id }, `${t('reviews.reviewTab')} ${buyerNick}`)} data-testid="review-item" tabIndex={rovingTabIndex(i === 0)} data-autofocus={i === 0 ? '' : undefined}>
                  <span className={`badge badge--${r.rating}`}>{t(`reviews.rating.${r.rating}`)}</span>
                  <span className="case-row__main">
                    <strong>{buyerNick}</strong> <span className="muted mono">{orderNo}</span>
                    <span className="case-row__text">{r.text}</span>
                  </span>
                  <span className="case-row__meta">
                    {r.cause ? <span className="tag">{t(`reviews.causes.${r.cause}`)}</span> : null}
                    <span className="status">{t(`reviews.reviewStatus.${r.status}`)}</span>
                    <span className={overdue ? 'timer timer--over' : 'timer'}>{t('reviews.dueAt', { at: formatShanghaiShort(due) })} · {countdown(due, now)}</span>
                    <span className="muted">{t('reviews.explainBy')} {countdown(explainBy, now)}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
