export { MEMO_RULES, MEMO_ELLIPSIS, platformMemo, cutToBytes, type MemoRule, type PlatformMemo } from './memo';
export { DEFAULT_DELIVERY, DEFAULT_EXPIRE_MINUTES, MIN_EXPIRE_MINUTES, MAX_EXPIRE_MINUTES, readShopDelivery, expiresAtFor, type DeliveryMode, type ShopDelivery } from './mode';
export { deliveryView, deliveriesBySubject, latestRow, needsAlert, replyCountsAt, settleRow, type DeliveryState, type DeliveryView, type OutboxRow } from './delivery';
export { checkAcks, type AckProblem, type CheckedAcks } from './ack';
