import { useEffect, useState } from 'react';
import { ReviewCause, type Review, type ReviewStatus } from '@shared/schemas/entities';
import { buildEvidencePack, caseTemplateVars, fillCaseTemplate, reviewCaseView } from '@shared/domain/cases';
import { formatShanghaiShort } from '@shared/lib/time';
import { auditExport, type CaseContext, logReviewContact, moveReview, updateReview } from '../../data';
import { ProblemError } from '@shared/lib/problem';
import { useTranslation } from '../../i18n';
import { Field, useAskReason } from '../../ui';
import { formatYuan } from '@shared/lib/money';
import { parseYuan, yuanInput } from '@shared/lib/money';
import { ContactLog, ConversationBeside, OwnerSelect, saveText, useCaseDesk } from '../cases';
import { claimWork, heldProblem } from '../team';

/** Refusals shown beside their own section rather than at the outcome buttons. */
const NEAR_FIELD: ReadonlySet<string> = new Set(['compensationFen']);

/** One 中差评 in the case tab: cause, rule countdowns, contacts, compensation, explanation, outcome. */
export function ReviewCase({ review, ctx }: { review: Review; ctx: CaseContext }) {
  const { t } = useTranslation();
  const { problem, countdown, agents, now, write } = useCaseDesk();
  const [error, setError] = useState<{ text: string; field: string } | null>(null);
  const [explanation, setExplanation] = useState(review.explanation);
  const [followUp, setFollowUp] = useState(review.followUp ?? '');
  const [comp, setComp] = useState(yuanInput(review.compensationFen));
  useEffect(() => setExplanation(review.explanation), [review.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const v = reviewCaseView({ review, contacts: ctx.contacts, explanationDraft: explanation, now });
  const { suggestion } = v;
  const run = async (f: () => Promise<unknown>): Promise<string | null> => {
    try {
      await f();
      setError(null);
      return null;
    } catch (e) {
      const msg = problem(e);
      setError({ text: msg, field: e instanceof ProblemError ? e.problem.field ?? '' : '' });
      return msg;
    }
  };
  const blocked = v.contactBlocked === null ? null : v.contactBlocked.reason === 'tooEarly' ? t('reviews.moodWait', { at: formatShanghaiShort(v.contactBlocked.at) }) : t('reviews.reviewClosedNote');
  const vars = caseTemplateVars(ctx);

  const askWhy = useAskReason();
  // The pack holds the buyer's chat and order: asked why and audited before the file is made.
  const exportEvidence = () => run(async () => {
    const why = await askWhy.ask({ title: t('reviews.evidenceWhyTitle'), label: t('reviews.evidenceWhy'), hint: t('reviews.evidenceWhyHint'), confirmLabel: t('reviews.evidenceYes'), cancelLabel: t('dialog.cancel'), testId: 'evidence-export-why' });
    if (why === null) return;
    const name = `证据包-${ctx.order?.orderNo ?? review.id}.txt`;
    await auditExport('evidence', name, why, write());
    await saveText(name, buildEvidencePack({
      review, order: ctx.order, buyerNick: ctx.buyer?.nick ?? '', shopName: ctx.shop?.name ?? '', messages: ctx.messages, contacts: ctx.contacts,
      agentName: (id) => agents.find((a) => a.id === id)?.name ?? '', now: Date.now(),
    }));
  });

  return (
    <div className="case" data-testid="review-case">
      <div className="case__main">
        <div className="case__head">
          <h2>
            <span className={`badge badge--${review.rating}`}>{t(`reviews.rating.${review.rating}`)}</span> {ctx.buyer?.nick}
            <span className={`status status--${review.status}`} data-testid="review-status">{t(`reviews.reviewStatus.${review.status}`)}</span>
          </h2>
          <OwnerSelect agents={agents} value={review.ownerId} onChange={(ownerId) => void run(() => updateReview(review.id, { ownerId }, write()))} />
        </div>
        <dl className="detail__facts">
          <dt>{t('reviews.order')}</dt><dd className="mono">{ctx.order?.orderNo ?? '—'} {ctx.order ? formatYuan(ctx.order.totalFen) : ''}</dd>
          <dt>{t('reviews.postedAt')}</dt><dd>{formatShanghaiShort(review.postedAt)}</dd>
          <dt>{t('reviews.reviewText')}</dt><dd className="quote">{review.text}</dd>
          <dt>{t('reviews.modifiableUntil')}</dt><dd data-testid="modify-countdown">{formatShanghaiShort(v.modifiableUntil)} · {countdown(v.modifiableUntil, now)}</dd>
          <dt>{t('reviews.explainBy')}</dt><dd data-testid="explain-countdown" className={v.explainUrgent ? 'urgent' : undefined}>{formatShanghaiShort(v.explainBy)} · {countdown(v.explainBy, now)}</dd>
          <dt>{t('reviews.nextContact')}</dt><dd>{v.nextContactAt !== null ? `${formatShanghaiShort(v.nextContactAt)} · ${countdown(v.nextContactAt, now)}` : '—'}</dd>
        </dl>

        <div className="case__form">
          <Field label={t('reviews.followUp')} className="grow"><input value={followUp} onChange={(e) => setFollowUp(e.target.value)} data-testid="review-followup" /></Field>
          <button className="btn" onClick={() => void run(() => updateReview(review.id, { followUp }, write()))}>{t('reviews.saveFollowUp')}</button>
        </div>

        <section className="case__section">
          <h3>{t('reviews.cause')}</h3>
          <div className="case__form">
            <select aria-label={t('reviews.cause')} value={review.cause ?? ''} onChange={(e) => void run(() => updateReview(review.id, { cause: (e.target.value || null) as ReviewCause | null }, write()))} data-testid="review-cause">
              <option value="">{t('reviews.causeUnset')}</option>
              {ReviewCause.options.map((c) => <option key={c} value={c}>{t(`reviews.causes.${c}`)}</option>)}
            </select>
            <span className="muted" data-testid="cause-suggestion">
              {t('reviews.suggested', { cause: t(`reviews.causes.${suggestion.cause}`) })}{suggestion.matched.length ? `（${suggestion.matched.join('、')}）` : ''}
            </span>
            {v.offerSuggestion ? <button className="link" onClick={() => void run(() => updateReview(review.id, { cause: suggestion.cause }, write()))}>{t('reviews.useSuggestion')}</button> : null}
          </div>
          <p className="muted">{t(`reviews.causeAdvice.${v.workingCause}`)}</p>
        </section>

        <ContactLog
          contacts={ctx.contacts}
          agents={agents}
          blocked={blocked}
          onLog={(c) =>
            // In a team, contacting the buyer about the review is claimed on the shop server first.
            claimWork('review', review.id)
              .then((claim) => {
                if (claim.kind === 'held') throw heldProblem('review', claim.holder);
                return logReviewContact(review.id, c, write());
              })
              .then(() => null, problem)
          }
        />
        {v.chatFirstHint ? <p className="muted">{t('reviews.chatFirstNote')}</p> : null}

        <section className="case__section">
          <h3>{t('reviews.compensation')}</h3>
          <div className="case__form">
            <Field label={t('reviews.field.compensationFen')}>
              <input value={comp} onChange={(e) => setComp(e.target.value)} inputMode="decimal" data-testid="review-compensation" />
            </Field>
            <button className="btn" onClick={() => {
              const fen = parseYuan(comp);
              void run(() => updateReview(review.id, { compensationFen: fen }, write()));
            }}>{t('reviews.save')}</button>
            <span className="muted">{t('reviews.compensationNote')}</span>
          </div>
          {error?.field === 'compensationFen' ? <div className="error" role="alert" data-testid="case-error">{error.text}</div> : null}
        </section>

        <section className="case__section">
          <h3>{t('reviews.explanation')}</h3>
          <div className="case__form">
            {v.templates.map((tpl, i) => (
              <button key={i} className="btn btn--ghost chip" onClick={() => setExplanation(fillCaseTemplate(tpl, vars))} data-testid="explanation-template">{t('reviews.template', { n: i + 1 })}</button>
            ))}
          </div>
          <textarea rows={4} className="wide" value={explanation} onChange={(e) => setExplanation(e.target.value)} data-testid="review-explanation" aria-label={t('reviews.explanation')} />
          {v.warnings.length ? (
            <ul className="lint" data-testid="explanation-lint">
              {v.warnings.map((w, i) => <li key={i}>{w.message} <span className="muted">→ {w.suggestion}</span></li>)}
            </ul>
          ) : null}
          <div className="case__form">
            <button className="btn" onClick={() => void run(() => updateReview(review.id, { explanation }, write()))} data-testid="explanation-save">{t('reviews.saveExplanation')}</button>
            {v.evidence ? <button className="btn" onClick={() => void exportEvidence()} data-testid="evidence-export">{t('reviews.evidence')}</button> : null}
            {askWhy.dialog}
          </div>
        </section>

        <section className="case__section">
          <h3>{t('reviews.outcome')}</h3>
          <div className="case__form">
            {v.moves.map((to: ReviewStatus) => (
              <button key={to} className="btn" onClick={() => void run(() => moveReview(review.id, to, write()))} data-testid={`review-move-${to}`}>{t(`reviews.move.${to}`)}</button>
            ))}
            {v.deletable ? <button className="btn" onClick={() => void run(() => moveReview(review.id, 'modified', write(), true))}>{t('reviews.move.deleted')}</button> : null}
            {review.outcome ? <span className="status">{t(`reviews.outcomes.${review.outcome}`)}</span> : null}
          </div>
        </section>
        {error && !NEAR_FIELD.has(error.field) ? <div className="error" role="alert" data-testid="case-error">{error.text}</div> : null}
      </div>
      <ConversationBeside messages={ctx.messages} buyerNick={ctx.buyer?.nick ?? ''} />
    </div>
  );
}
