export { OrderTab } from './OrderTab';
export { OrdersScreen } from './OrdersScreen';
