export { PaymentsScreen } from './PaymentsScreen';
export { paymentsCommandSets } from './commands';
