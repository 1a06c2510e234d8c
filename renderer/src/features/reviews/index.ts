export { ReviewsScreen } from './ReviewsScreen';
export { ReviewCase } from './ReviewCase';
// Shared with the 售后 tab (one case engine, one register look).
export { RegisterGrid } from './RegisterGrid';
export { ContactLog } from './ContactLog';
export { ConversationBeside } from './Conversation';
export { saveRegister } from './download';
export { useCaseText, toLocalInput, fromLocalInput, parseYuan } from './text';
export { OwnerSelect } from './OwnerSelect';
export { CommonFilters, type CommonFilterValues } from './CommonFilters';
export { useCaseScreen } from './useCaseScreen';
export { caseScreenCommands } from './commands';
