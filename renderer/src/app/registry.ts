import { infosOf, type CommandInfo, type CommandSet } from '../ui/commands';
import { presaleCommandSets } from '../features/presale';
import { handoverCommandSets } from '../features/handover';
import { followupsCommandSets } from '../features/followups';
import { caseQueueCommands, caseScreenCommands } from '../features/cases';
import { conversationCaseCommands, stepMessageCommands } from '../features/aftersale';
import { notesCommandSets } from '../features/notes';
import { ordersCommandSets } from '../features/orders';
import { teamCommandSets } from '../features/team';
import { consoleCommands } from './commands';

/**
 * Every command of the app, whether or not its screen is mounted: what the F1 sheet lists and
 * what the tests check for key conflicts and labels. A feature's new command set joins here.
 */
export const COMMAND_SETS: readonly CommandSet<never>[] = [
  consoleCommands,
  ...presaleCommandSets,
  ...handoverCommandSets,
  ...followupsCommandSets,
  ...ordersCommandSets,
  caseScreenCommands,
  caseQueueCommands,
  stepMessageCommands,
  conversationCaseCommands,
  ...notesCommandSets,
  ...teamCommandSets,
];

export const ALL_COMMANDS: readonly CommandInfo[] = infosOf(COMMAND_SETS);
