import type { Ticket, TicketFields, TicketStatus } from '../../schemas/cases';
import { TICKET_KINDS, firstDueAt } from '../cases/kinds';
import { TICKET_STATUS_RANK } from '../sync/status';
import type { ImportedRefund } from './rows';
import { REFUND_STAGE_RANK, ticketStatusOfStage, type RefundStage } from './status';

/** The platform's side of a case, kept in the case's fields beside the agent's own (refundNo, refundStage, platformStatus…). */
const factsOf = (r: ImportedRefund): TicketFields => ({
  refundNo: r.refundNo,
  refundStage: r.stage,
  platformStatus: r.platformStatus,
  ...(r.kind ? { refundKind: r.kind } : {}),
  ...(r.reason ? { reason: r.reason } : {}),
  ...(r.carrier ? { returnCarrier: r.carrier } : {}),
});

const summaryOf = (r: ImportedRefund): string => [r.reason, r.explanation].filter((s) => s !== '').join(' · ') || r.platformStatus;

/** A case status that only moves forward (open → resolved → closed), like a synced case's. */
const forward = (current: TicketStatus, next: TicketStatus): TicketStatus => (TICKET_STATUS_RANK[next] > TICKET_STATUS_RANK[current] ? next : current);

/** A new case from a refund row: at 安抚 like one an agent registers, due when the platform times out (or the type's first answer). */
export function ticketFromRefund(r: ImportedRefund, ids: { id: string; shopId: string; orderId: string | null; buyerId: string }, now: number): Omit<Ticket, 'updatedAt' | 'updatedBy' | 'deletedAt'> {
  const status = ticketStatusOfStage(r.stage);
  return {
    id: ids.id,
    type: r.type,
    shopId: ids.shopId,
    orderId: ids.orderId,
    buyerId: ids.buyerId,
    status,
    step: 'soothe',
    dueAt: r.timeoutAt ?? firstDueAt(r.type, r.appliedAt),
    summary: summaryOf(r),
    trackingNo: r.returnTrackingNo,
    resolution: null,
    amountFen: r.amountFen,
    responsible: null,
    ownerId: null,
    createdAt: r.appliedAt,
    responsibleParty: TICKET_KINDS[r.type].defaultParty,
    conversationId: null,
    product: r.title,
    fields: factsOf(r),
    resolvedAt: status === 'resolved' ? now : null,
  };
}

type RefundPatch = Partial<Pick<Ticket, 'status' | 'amountFen' | 'trackingNo' | 'fields' | 'resolvedAt' | 'orderId' | 'product'>>;

/**
 * What a refund row changes on its case, or null when nothing does (or the file is older than
 * what the case knows: its stage is further back). The file is the platform's word on its own
 * facts — stage and status text, amount, return tracking — and links the order once it is in
 * the store; the case's status only moves forward. The agent's work is never touched: step,
 * summary, owner, resolution, responsible person, contacts and notes.
 */
export function mergeRefund(existing: Ticket, r: ImportedRefund, link: { orderId: string | null }, now: number): RefundPatch | null {
  const known = existing.fields?.['refundStage'];
  if (typeof known === 'string' && known in REFUND_STAGE_RANK && REFUND_STAGE_RANK[r.stage] < REFUND_STAGE_RANK[known as RefundStage]) return null;
  const next: RefundPatch = {};
  const status = forward(existing.status, ticketStatusOfStage(r.stage));
  if (status !== existing.status) {
    next.status = status;
    if (status === 'resolved') next.resolvedAt = now;
  }
  if (r.amountFen !== null && r.amountFen !== existing.amountFen) next.amountFen = r.amountFen;
  if (r.returnTrackingNo && r.returnTrackingNo !== existing.trackingNo) next.trackingNo = r.returnTrackingNo;
  if (!existing.orderId && link.orderId) next.orderId = link.orderId;
  if (!existing.product && r.title) next.product = r.title;
  const facts = factsOf(r);
  const fields = existing.fields ?? {};
  if (Object.entries(facts).some(([k, v]) => fields[k] !== v)) next.fields = { ...fields, ...facts };
  return Object.keys(next).length ? next : null;
}
