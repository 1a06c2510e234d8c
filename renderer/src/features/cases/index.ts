// The case toolkit 售后 (aftersale) and 评价 (reviews) share: one case engine, one register look.
import './cases.css';

export { CaseRegister } from './CaseRegister';
export { ContactLog } from './ContactLog';
export { ConversationBeside } from './Conversation';
export { saveText } from './download';
export { useCaseText, toLocalInput, fromLocalInput } from './text';
export { OwnerSelect } from './OwnerSelect';
export { useCaseScreen } from './useCaseScreen';
export { useCaseDesk } from './useCaseDesk';
export { caseScreenCommands, caseQueueCommands } from './commands';
export { useCaseQueue } from './useCaseQueue';
