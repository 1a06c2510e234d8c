export { enqueueOutbox, withOutbox, onOutboxWritten, deliveryKey, type OutboxDraft } from './enqueue';
export { markCopied, resendDelivery, dismissDelivery, deliveriesOf, orderDeliveries, failedDeliveries, replyTimes, readShopDeliveries, saveShopDelivery } from './actions';
export { createOutboxRunner, OUTBOX_CURSOR_KEY, type OutboxSource, type OutboxRunner } from './runner';
