export { REFUND_COLUMNS, isRefundHeader, mapRefundHeader, type RefundField } from './columns';
export { REFUND_STATUSES, REFUND_STAGE_RANK, refundStageOf, ticketStatusOfStage, type RefundStage } from './status';
export { aftersaleKindOf, ticketTypeOf, type AftersaleKind } from './reason';
export { isRefundFile, readRefundFile, refundProblem, type ImportedRefund, type RefundFileResult } from './rows';
export { mergeRefund, ticketFromRefund } from './merge';
