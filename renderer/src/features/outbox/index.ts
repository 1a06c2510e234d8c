export { DeliveryBadge } from './DeliveryBadge';
export { MemoDelivery } from './MemoDelivery';
export { DeliveryAlerts } from './DeliveryAlerts';
export { useOutbox } from './useOutbox';
