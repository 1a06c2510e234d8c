import { defineCommands } from '../../ui/commands';

/** The promise offer under the composer (接待): what PromiseOffer binds. */
export interface PromiseOfferCtx {
  /** The reply sounded like a promise and it is not recorded yet. */
  offered: boolean;
  record: () => void;
}

export const promiseOfferCommands = defineCommands<PromiseOfferCtx>('presale', [
  { id: 'presale:recordPromise', label: 'commands.presale.recordPromise', keys: ['Alt+P'], enabled: (c) => c.offered, run: (c) => c.record() },
]);

/** The open promises list (交接): what PromisesPanel binds over the list. */
export interface PromiseListCtx {
  /** The promise whose row has the focus, if any. */
  focused: () => string | null;
  keep: (id: string) => void;
}

export const promiseListCommands = defineCommands<PromiseListCtx>('handover', [
  // One row's key: from the palette no row is focused, so it is not offered there.
  {
    id: 'handover:keepPromise',
    label: 'commands.handover.keepPromise',
    keys: ['K'],
    palette: false,
    enabled: (c) => c.focused() !== null,
    run: (c) => { const id = c.focused(); if (id) c.keep(id); },
  },
]);

export const handoverCommandSets = [promiseOfferCommands, promiseListCommands] as const;
