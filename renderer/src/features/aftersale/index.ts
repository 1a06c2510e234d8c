export { AftersaleScreen } from './AftersaleScreen';
export { CaseTab } from './CaseTab';
export { ConversationCaseActions } from './ConversationCaseActions';
export { OrderCaseActions } from './OrderCaseActions';
export { stepMessageCommands, conversationCaseCommands } from './commands';
