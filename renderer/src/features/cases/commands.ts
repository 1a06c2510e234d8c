import { defineCommands } from '../../ui/commands';

/** The 售后 and 评价 tabs: what useCaseScreen binds. */
export interface CaseScreenCtx {
  newCase: () => void;
}

/** Alt, so it works from any field of the screen. */
export const caseScreenCommands = defineCommands<CaseScreenCtx>('cases', [
  { id: 'cases:newCase', label: 'commands.cases.newCase', keys: ['Alt+N'], run: (c) => c.newCase() },
]);
