import type { ResponsibleParty, TicketStep, TicketType } from '../../schemas/cases';
import { HOUR } from '../../lib/time';

/** The aftersale workflow of seed 003: 安抚 → 核实 → 联系处理 → 跟踪 → 回访. */
export const TICKET_STEPS: readonly TicketStep[] = ['soothe', 'verify', 'handle', 'track', 'revisit'];

export const TICKET_TYPES: readonly TicketType[] = ['tracking', 'missing_item', 'wrong_item', 'quality', 'return_7day', 'refund', 'lost_parcel', 'intercept', 'out_of_stock'];

/** A type-specific field: its key, input kind and (for choices) the allowed values. */
export interface FieldSpec {
  key: string;
  kind: 'choice' | 'text' | 'date' | 'bool' | 'number';
  options?: readonly string[];
}

export interface TicketKind {
  type: TicketType;
  fields: readonly FieldSpec[];
  /** Photos must be attached before the case leaves 核实 (质量问题: keep the evidence). */
  needsPhotos: boolean;
  /** A reshipment tracking number is needed before 跟踪 (少发 补发, 丢件 补发). */
  needsReshipTracking: boolean;
  /** A responsible party must be named before 回访 (少发/错发: tell the person, seed 003). */
  needsResponsible: boolean;
  /** May carry a refund amount. */
  refundable: boolean;
  /** Hours from registration to the first response. */
  firstResponseHours: number;
  /** Who usually carries the fault, to prefill the form. */
  defaultParty: ResponsibleParty | null;
}

const RETURN_EXCLUSIONS = ['worn', 'washed', 'tagsRemoved', 'underwear', 'clearance'] as const;
export type ReturnExclusion = (typeof RETURN_EXCLUSIONS)[number];
export { RETURN_EXCLUSIONS };

export const TICKET_KINDS: Readonly<Record<TicketType, TicketKind>> = {
  tracking: { type: 'tracking', fields: [{ key: 'trackingIssue', kind: 'choice', options: ['noUpdate', 'signedByOther', 'problemParcel'] }, { key: 'courierAnswer', kind: 'text' }], needsPhotos: false, needsReshipTracking: false, needsResponsible: false, refundable: false, firstResponseHours: 24, defaultParty: 'courier' },
  missing_item: { type: 'missing_item', fields: [{ key: 'weightChecked', kind: 'bool' }, { key: 'missingItems', kind: 'text' }], needsPhotos: false, needsReshipTracking: true, needsResponsible: true, refundable: true, firstResponseHours: 24, defaultParty: 'warehouse' },
  wrong_item: { type: 'wrong_item', fields: [{ key: 'remedy', kind: 'choice', options: ['refund', 'exchange'] }, { key: 'returnTrackingNo', kind: 'text' }, { key: 'returnShippingRefunded', kind: 'bool' }, { key: 'platformIntervened', kind: 'bool' }], needsPhotos: false, needsReshipTracking: false, needsResponsible: true, refundable: true, firstResponseHours: 24, defaultParty: 'warehouse' },
  quality: { type: 'quality', fields: [{ key: 'remedy', kind: 'choice', options: ['refund', 'exchange', 'partialRefund'] }, { key: 'defect', kind: 'text' }, { key: 'platformIntervened', kind: 'bool' }], needsPhotos: true, needsReshipTracking: false, needsResponsible: false, refundable: true, firstResponseHours: 24, defaultParty: 'supplier' },
  return_7day: { type: 'return_7day', fields: [{ key: 'receivedAt', kind: 'date' }, ...RETURN_EXCLUSIONS.map((k) => ({ key: k, kind: 'bool' as const })), { key: 'returnTrackingNo', kind: 'text' }, { key: 'platformIntervened', kind: 'bool' }], needsPhotos: false, needsReshipTracking: false, needsResponsible: false, refundable: true, firstResponseHours: 48, defaultParty: 'buyer' },
  refund: { type: 'refund', fields: [{ key: 'reason', kind: 'text' }, { key: 'retentionTried', kind: 'bool' }, { key: 'refundScope', kind: 'choice', options: ['full', 'partial'] }, { key: 'platformIntervened', kind: 'bool' }], needsPhotos: false, needsReshipTracking: false, needsResponsible: false, refundable: true, firstResponseHours: 24, defaultParty: null },
  lost_parcel: { type: 'lost_parcel', fields: [{ key: 'claimFiled', kind: 'bool' }, { key: 'claimNo', kind: 'text' }], needsPhotos: false, needsReshipTracking: true, needsResponsible: false, refundable: true, firstResponseHours: 48, defaultParty: 'courier' },
  intercept: { type: 'intercept', fields: [{ key: 'interceptReason', kind: 'choice', options: ['wrongShipped', 'changeCourier', 'buyerCancelled'] }, { key: 'courierConfirmed', kind: 'bool' }], needsPhotos: false, needsReshipTracking: false, needsResponsible: false, refundable: false, firstResponseHours: 4, defaultParty: 'courier' },
  out_of_stock: { type: 'out_of_stock', fields: [{ key: 'restockDate', kind: 'date' }, { key: 'buyerChoice', kind: 'choice', options: ['wait', 'switch', 'refund'] }], needsPhotos: false, needsReshipTracking: false, needsResponsible: false, refundable: true, firstResponseHours: 2, defaultParty: 'shop' },
};

/** Hours a case may sit in a step before it is overdue (the next contact time, if sooner, wins). */
export const STEP_HOURS: Readonly<Record<TicketStep, number>> = { soothe: 2, verify: 4, handle: 24, track: 48, revisit: 72 };

/** When a newly registered case needs its first answer. */
export function firstDueAt(type: TicketType, createdAt: number): number {
  return createdAt + TICKET_KINDS[type].firstResponseHours * HOUR;
}

/** When a case that just entered `step` becomes overdue. */
export function stepDueAt(step: TicketStep, now: number): number {
  return now + STEP_HOURS[step] * HOUR;
}
