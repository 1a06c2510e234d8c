export { OrderTab } from './OrderTab';
export { OrdersScreen } from './OrdersScreen';
export { ordersCommandSets } from './commands';
export { OrderImport } from './OrderImport';
export { ExportNotice } from './ExportNotice';
