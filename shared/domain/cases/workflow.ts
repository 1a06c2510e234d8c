import type { Ticket, TicketStep, TicketFields } from '../../schemas/cases';
import { TICKET_KINDS, TICKET_STEPS } from './kinds';
import { returnEligibility } from './eligibility';
import { problem, type Check } from './errors';

/** What a transition may depend on besides the ticket itself. */
export interface TicketContext {
  photoCount: number;
  now: number;
}

const stepIndex = (s: TicketStep): number => TICKET_STEPS.indexOf(s);

/** The step after `step`, or null at 回访. */
export function nextStep(step: TicketStep): TicketStep | null {
  return TICKET_STEPS[stepIndex(step) + 1] ?? null;
}

const hasText = (v: string | null | undefined): boolean => !!v && v.trim().length > 0;

/** Reads a date field stored as epoch ms (number) or null. */
export function fieldTime(fields: TicketFields | undefined, key: string): number | null {
  const v = fields?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * May this open ticket move to `to`? Steps go forward one at a time (nothing is skipped), and
 * each gate asks for what the step needs: photos before 联系处理 on a quality case, an eligible
 * 7-day return, a reshipment tracking number before 跟踪, a resolution (and for 少发/错发 the
 * responsible person) before 回访.
 */
export function checkTicketStep(ticket: Ticket, to: TicketStep, ctx: TicketContext): Check {
  if (ticket.status !== 'open') return problem('status', 'notOpen');
  const from = stepIndex(ticket.step);
  const target = stepIndex(to);
  if (target !== from + 1) return problem('step', target <= from ? 'stepBackwards' : 'stepSkipped', { from: ticket.step, to });
  const kind = TICKET_KINDS[ticket.type];
  if (to === 'handle') {
    if (kind.needsPhotos && ctx.photoCount === 0) return problem('photos', 'photosRequired');
    if (ticket.type === 'return_7day') {
      const e = returnEligibility({ receivedAt: fieldTime(ticket.fields, 'receivedAt'), conditions: (ticket.fields ?? {}) as Record<string, boolean> }, ctx.now);
      if (!e.eligible) return problem('fields.receivedAt', 'returnIneligible', { reasons: e.reasons.join(',') });
    }
  }
  if (to === 'track' && kind.needsReshipTracking && !hasText(ticket.trackingNo)) return problem('trackingNo', 'trackingRequired');
  if (to === 'revisit') {
    if (!hasText(ticket.resolution)) return problem('resolution', 'resolutionRequired');
    if (kind.needsResponsible && !hasText(ticket.responsible)) return problem('responsible', 'responsibleRequired');
  }
  return null;
}

/** May the ticket be closed as resolved? Only from 回访 with a resolution. */
export function checkTicketResolve(ticket: Ticket): Check {
  if (ticket.status !== 'open') return problem('status', 'notOpen');
  if (ticket.step !== 'revisit') return problem('step', 'resolveBeforeRevisit');
  if (!hasText(ticket.resolution)) return problem('resolution', 'resolutionRequired');
  return null;
}

/** A refund never exceeds what the buyer paid for the order. */
export function checkRefundAmount(amountFen: number | null, orderTotalFen: number | null): Check {
  if (amountFen === null) return null;
  if (!Number.isInteger(amountFen) || amountFen < 0) return problem('amountFen', 'amountInvalid');
  if (orderTotalFen !== null && amountFen > orderTotalFen) return problem('amountFen', 'amountAboveOrder', { maxFen: orderTotalFen });
  return null;
}
