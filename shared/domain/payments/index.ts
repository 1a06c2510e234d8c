export {
  ClockTime,
  DEFAULT_PAYMENT_POLICY,
  PaymentPolicy,
  PROMOTION_PAYMENT_POLICY,
  QuietWindow,
  ReminderStep,
  resolvePaymentPolicy,
  stepOffsetMinutes,
  validatePaymentPolicy,
} from './policy';
export {
  autoCloseAt,
  canCloseUnpaid,
  openUnpaidSince,
  nextReminder,
  PAYMENT_OUTCOME_STOPPED,
  planReminders,
  SELLER_CLOSE_AFTER_MS,
  type CloseUnpaidCheck,
  type NextReminder,
  type NextReminderContext,
  type NextReminderReason,
  type PaymentOrder,
  type PaymentReminderLike,
  type PlannedReminder,
  type ReminderChannel,
} from './scheduler';
export { RATE_SPANS, rateWindow, type RateSpan } from './rateWindow';
export { paymentSuccessRate, paymentCredits, type PaymentCredit, type AttributionOrder, type PaymentSuccessRow, type SuccessGroupKey, type SuccessRateOptions } from './attribution';
export {
  buildPaymentMessage,
  buildVerifyMessage,
  formatTimeLeft,
  itemLines,
  itemsSummary,
  PAYMENT_TEMPLATES,
  paymentMessageKind,
  paymentMessageVars,
  fillTemplate,
  VERIFY_TEMPLATE,
  type PaymentMessageInput,
  type PaymentMessageKind,
  type VerifyMessageInput,
} from './messages';
export { isOrderNo, normalizeOrderNo } from './orderNo';
export { maskAddress, maskPhone } from '../privacy';
export {
  paymentQueueView, movePick, CLOSE_SOON_MS,
  type PaymentQueueRow, type PaymentQueueItem, type PaymentQueueCurrent, type PaymentQueueView,
} from './queueView';
