export { PresaleScreen } from './PresaleScreen';
export { ConversationTab } from './ConversationTab';
export { PresaleAlerts } from './PresaleAlerts';
export { PresaleSettings } from './PresaleSettings';
export { presaleCommandSets } from './commands';
