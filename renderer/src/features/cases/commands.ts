import type { RovingCtx } from '../../ui/roving';
import { defineCommands } from '../../ui/commands';

/** The 售后 and 评价 tabs: what useCaseScreen binds. */
export interface CaseScreenCtx {
  newCase: () => void;
}

/** Alt, so it works from any field of the screen. */
export const caseScreenCommands = defineCommands<CaseScreenCtx>('cases', [
  { id: 'cases:newCase', label: 'commands.cases.newCase', keys: ['Alt+N'], run: (c) => c.newCase() },
]);

/** The 售后 and 评价 queues: ↑↓ / J K along the cases, Home/End to the ends, Enter opens one. */
export const caseQueueCommands = defineCommands<RovingCtx>('cases', [
  { id: 'cases:down', label: 'commands.cases.down', keys: ['ArrowDown', 'J'], ownField: true, palette: false, run: (c) => c.move(1) },
  { id: 'cases:up', label: 'commands.cases.up', keys: ['ArrowUp', 'K'], ownField: true, palette: false, run: (c) => c.move(-1) },
  { id: 'cases:ends', label: 'commands.cases.ends', keys: ['Home', 'End'], ownField: true, palette: false, run: (c, hit) => c.move(hit.keyIndex === 1 ? 'last' : 'first') },
]);
