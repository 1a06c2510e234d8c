import { useEffect, useRef, useState } from 'react';
import type { Review, ReviewCause } from '@shared/schemas/entities';
import { suggestCause } from '@shared/domain/cases';
import { orderByNo, registerReview } from '../../data';
import { problem as caseProblem } from '@shared/domain/cases';
import { ProblemError } from '@shared/lib/problem';
import { useTranslation } from '../../i18n';
import { useSession } from '../../state/session';
import { Field } from '../../ui';
import { fromLocalInput, toLocalInput, useCaseText } from '../cases';

/** Enter a 中差评 as it appears on the platform: order number, rating, text, when it was posted, cause. */
export function NewReviewForm({ onDone }: { onDone: (r: Review) => void }) {
  const { t } = useTranslation();
  const { problem } = useCaseText();
  const agentId = useSession((s) => s.agentId) ?? 'system';
  const [orderNo, setOrderNo] = useState('');
  const [rating, setRating] = useState<Review['rating']>('negative');
  const [text, setText] = useState('');
  const [posted, setPosted] = useState(() => toLocalInput(Date.now()));
  const [cause, setCause] = useState<ReviewCause | ''>('');
  const [error, setError] = useState<string | null>(null);
  const suggested = suggestCause(text).cause;
  const submit = async (): Promise<void> => {
    try {
      const order = await orderByNo(orderNo);
      if (!order) throw new ProblemError(caseProblem('orderNo', 'orderNotFound'));
      const postedAt = fromLocalInput(posted);
      if (postedAt === null) throw new ProblemError(caseProblem('postedAt', 'timeInvalid'));
      onDone(await registerReview({ orderId: order.id, rating, text, postedAt, cause: cause || suggested }, { agentId, now: Date.now() }));
    } catch (e) {
      setError(problem(e));
    }
  };
  // Opened by Alt+N: the focus goes into the form (Ctrl+Enter registers from any field).
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form className="card case__new" data-testid="new-review" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3>{t('reviews.newReview')}</h3>
      <div className="case__form">
        <Field label={t('reviews.field.orderNo')}><input ref={first} value={orderNo} onChange={(e) => setOrderNo(e.target.value)} data-testid="review-order" className="mono" /></Field>
        <Field label={t('reviews.field.rating')}>
          <select value={rating} onChange={(e) => setRating(e.target.value as Review['rating'])} data-testid="review-rating">
            <option value="negative">{t('reviews.rating.negative')}</option>
            <option value="neutral">{t('reviews.rating.neutral')}</option>
          </select>
        </Field>
        <Field label={t('reviews.field.postedAt')}><input type="datetime-local" value={posted} onChange={(e) => setPosted(e.target.value)} data-testid="review-posted" /></Field>
      </div>
      <Field label={t('reviews.field.text')} className="block"><textarea rows={2} className="wide" value={text} onChange={(e) => setText(e.target.value)} data-testid="review-text" /></Field>
      <div className="case__form">
        <Field label={t('reviews.field.cause')}>
          <select value={cause} onChange={(e) => setCause(e.target.value as ReviewCause | '')} data-testid="review-new-cause">
            <option value="">{t('reviews.suggested', { cause: t(`reviews.causes.${suggested}`) })}</option>
            {(['quality', 'service', 'shipping', 'mood', 'malicious'] as const).map((c) => <option key={c} value={c}>{t(`reviews.causes.${c}`)}</option>)}
          </select>
        </Field>
        <button type="submit" className="btn btn--primary" data-testid="review-register">{t('reviews.register')} <kbd>Ctrl+Enter</kbd></button>
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
    </form>
  );
}
