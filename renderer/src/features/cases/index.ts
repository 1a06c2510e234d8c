// The case toolkit 售后 (aftersale) and 评价 (reviews) share: one case engine, one register look.
import './cases.css';

export { RegisterGrid } from './RegisterGrid';
export { useRegisterColumns } from './useRegisterColumns';
export { ContactLog } from './ContactLog';
export { ConversationBeside } from './Conversation';
export { saveRegister, saveText } from './download';
export { useCaseText, toLocalInput, fromLocalInput } from './text';
export { OwnerSelect } from './OwnerSelect';
export { CommonFilters, commonFilter, type CommonFilterValues } from './CommonFilters';
export { useCaseScreen } from './useCaseScreen';
export { caseScreenCommands } from './commands';
