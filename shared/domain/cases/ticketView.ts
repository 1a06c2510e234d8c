import type { Ticket, TicketStatus, TicketStep } from '../../schemas/cases';
import type { Problem } from '../../lib/problem';
import { returnEligibility, returnShippingPayer, type ReturnEligibility } from './eligibility';
import { TICKET_KINDS, TICKET_STEPS, type FieldSpec } from './kinds';
import { caseTemplateVars, fillCaseTemplate, stepPhrase } from './templates';
import { fieldTime, nextStep } from './workflow';

/** What the type's own section shows: its questions, the 7-day verdict, who pays return shipping. */
export interface TicketFieldsView {
  specs: readonly FieldSpec[];
  /** 7天无理由 only: may the buyer still return it, and until when. */
  eligibility: ReturnEligibility | null;
  shippingPayer: 'shop' | 'buyer' | 'none';
  needsPhotos: boolean;
}

export function ticketFieldsView(ticket: Ticket, now: number): TicketFieldsView {
  const kind = TICKET_KINDS[ticket.type];
  const fields = ticket.fields ?? {};
  return {
    specs: kind.fields,
    eligibility: ticket.type === 'return_7day' ? returnEligibility({ receivedAt: fieldTime(fields, 'receivedAt'), conditions: fields as Record<string, boolean> }, now) : null,
    shippingPayer: returnShippingPayer(ticket.type),
    needsPhotos: kind.needsPhotos,
  };
}

/** What the 售后 case tab shows; the component lays it out. */
export interface TicketCaseView {
  open: boolean;
  /** Open and past its due time. */
  overdue: boolean;
  /** The status badge's tone: an overdue open case is marked as such. */
  statusTone: TicketStatus | 'overdue';
  /** The workflow strip: steps already behind (all of them once closed) and the one the case is in. */
  steps: { step: TicketStep; done: boolean; current: boolean }[];
  /** The step the advance button moves to; null at 回访 or once closed. */
  next: TicketStep | null;
  /** 回访 done: the case may be closed as resolved. */
  resolvable: boolean;
  /** Due time while open; once closed, when it was resolved (null if unknown). */
  dueAt: number | null;
  closedAt: number | null;
  /** The type may carry a refund amount. */
  refundable: boolean;
  /** A refund may not exceed what the buyer paid (null without an order). */
  refundCapFen: number | null;
  /** The step's message to the buyer, filled from the case. */
  phrase: string;
  fields: TicketFieldsView;
}

export interface TicketCaseInput {
  ticket: Ticket;
  order: { orderNo: string; trackingNo: string | null; totalFen: number } | null;
  buyer: { nick: string } | null;
  now: number;
}

export function ticketCaseView({ ticket, order, buyer, now }: TicketCaseInput): TicketCaseView {
  const open = ticket.status === 'open';
  const overdue = open && ticket.dueAt <= now;
  const at = TICKET_STEPS.indexOf(ticket.step);
  return {
    open,
    overdue,
    statusTone: overdue ? 'overdue' : ticket.status,
    steps: TICKET_STEPS.map((step, i) => ({ step, done: i < at || !open, current: i === at })),
    next: open ? nextStep(ticket.step) : null,
    resolvable: open && ticket.step === 'revisit',
    dueAt: open ? ticket.dueAt : null,
    closedAt: open ? null : ticket.resolvedAt ?? null,
    refundable: TICKET_KINDS[ticket.type].refundable,
    refundCapFen: order ? order.totalFen : null,
    phrase: fillCaseTemplate(stepPhrase(ticket.type, ticket.step), caseTemplateVars({ buyer, order }, ticket.trackingNo)),
    fields: ticketFieldsView(ticket, now),
  };
}

/** Where the case tab shows a refusal: beside the section whose field it names. */
export type TicketProblemPlace = 'top' | 'photos' | 'handling';
const HANDLING_FIELDS: ReadonlySet<string> = new Set(['amountFen', 'resolution', 'trackingNo', 'responsible', 'responsibleParty']);
/** Refusals of a step for missing handling data are about the step, so they stay at the step buttons. */
const STEP_GATES: ReadonlySet<string> = new Set(['resolutionRequired', 'trackingRequired', 'responsibleRequired']);

export function ticketProblemPlace(p: Pick<Problem, 'field' | 'code'>): TicketProblemPlace {
  const field = p.field ?? '';
  if (field === 'photo') return 'photos';
  return HANDLING_FIELDS.has(field) && !STEP_GATES.has(p.code) ? 'handling' : 'top';
}
