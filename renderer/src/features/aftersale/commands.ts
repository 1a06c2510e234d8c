import { defineCommands } from '../../ui/commands';

/** One aftersale case's step message: what TicketCase binds over its text box. */
export interface StepMessageCtx {
  send: () => void;
}

export const stepMessageCommands = defineCommands<StepMessageCtx>('cases', [
  { id: 'cases:sendStep', label: 'commands.cases.sendStep', keys: ['Ctrl+Enter'], run: (c) => c.send() },
]);

/** The chat header's 登记售后: what ConversationCaseActions binds while a chat is on view. */
export interface ConversationCaseCtx {
  newCase: () => void;
}

/** A for aftersale, Alt so it works while typing the reply. */
export const conversationCaseCommands = defineCommands<ConversationCaseCtx>('presale', [
  { id: 'presale:newCase', label: 'commands.presale.newCase', keys: ['Alt+A'], run: (c) => c.newCase() },
]);
