import type { Contact, Review, ReviewCause, ReviewStatus } from '../../schemas/cases';
import { DAY } from '../../lib/time';
import { lintReply, type LintWarning } from '../lint';
import { suggestCause, type CauseSuggestion } from './cause';
import { OPEN_REVIEW, reviewDeadlines, reviewMoves } from './reviews';
import { EXPLANATION_TEMPLATES } from './templates';

/** An unwritten explanation turns urgent this long before the 30-day window ends. */
export const EXPLAIN_URGENT_MS = 3 * DAY;

/** What the 中差评 case tab shows; the component lays it out. */
export interface ReviewCaseView {
  /** 待联系 / 联系中 / 协商中: still being worked on. */
  open: boolean;
  modifiableUntil: number;
  explainBy: number;
  /** No explanation saved and fewer than three days left to write one. */
  explainUrgent: boolean;
  /** When to contact the buyer next (never before the 心情 next-day time); null once closed. */
  nextContactAt: number | null;
  /** Why no contact may be logged now, or null when one may. */
  contactBlocked: { reason: 'tooEarly'; at: number } | { reason: 'closed' } | null;
  /** Nobody has tried chat yet: say chat comes before a phone call. */
  chatFirstHint: boolean;
  suggestion: CauseSuggestion;
  /** The chosen cause, else the suggested one: its advice and templates are shown. */
  workingCause: ReviewCause;
  /** The suggestion differs from the chosen cause, so "use suggestion" is offered. */
  offerSuggestion: boolean;
  templates: readonly string[];
  /** Lint of the explanation being written. */
  warnings: LintWarning[];
  /** Evidence packs are for suspected malicious reviews only. */
  evidence: boolean;
  /** The statuses the outcome buttons may move to. */
  moves: readonly ReviewStatus[];
  /** "买家已删除" ends the review like a modification, so it is offered where 已修改 is. */
  deletable: boolean;
}

export interface ReviewCaseInput {
  review: Review;
  contacts: readonly Pick<Contact, 'channel'>[];
  /** The explanation as typed (maybe not saved yet). */
  explanationDraft: string;
  now: number;
}

export function reviewCaseView({ review, contacts, explanationDraft, now }: ReviewCaseInput): ReviewCaseView {
  const d = reviewDeadlines(review);
  const open = OPEN_REVIEW.has(review.status);
  const suggestion = suggestCause(review.text);
  const workingCause = review.cause ?? suggestion.cause;
  const moves = reviewMoves(review.status);
  return {
    open,
    modifiableUntil: d.modifiableUntil,
    explainBy: d.explainBy,
    explainUrgent: open && d.explainBy - now < EXPLAIN_URGENT_MS && !review.explanation.trim(),
    nextContactAt: open ? Math.max(review.nextContactAt, d.earliestContactAt) : null,
    contactBlocked: !open ? { reason: 'closed' } : now < d.earliestContactAt ? { reason: 'tooEarly', at: d.earliestContactAt } : null,
    chatFirstHint: open && !contacts.some((c) => c.channel === 'chat'),
    suggestion,
    workingCause,
    offerSuggestion: review.cause !== suggestion.cause,
    templates: EXPLANATION_TEMPLATES[workingCause] ?? [],
    warnings: lintReply(explanationDraft),
    evidence: review.cause === 'malicious',
    moves,
    deletable: moves.includes('modified'),
  };
}
