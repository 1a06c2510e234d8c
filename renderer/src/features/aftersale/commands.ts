import { defineCommands } from '../../ui/commands';

/** One aftersale case's step message: what TicketCase binds over its text box. */
export interface StepMessageCtx {
  send: () => void;
}

export const stepMessageCommands = defineCommands<StepMessageCtx>('cases', [
  { id: 'cases:sendStep', label: 'commands.cases.sendStep', keys: ['Ctrl+Enter'], run: (c) => c.send() },
]);
