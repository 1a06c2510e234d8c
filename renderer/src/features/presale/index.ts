export { PresaleScreen } from './PresaleScreen';
export { ConversationTab } from './ConversationTab';
export { PresaleAlerts } from './PresaleAlerts';
export { PresaleSettings } from './PresaleSettings';
export { presaleCommandSets } from './commands';
export { BargainInbox } from './BargainInbox';
export { PhraseManager } from './PhraseManager';
export { BargainNotice } from './BargainNotice';
