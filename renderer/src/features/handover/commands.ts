import type { RovingCtx } from '../../ui/roving';
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

/** The open promises as a roving list: ↑↓ along the rows (J K would clash with K, "kept"). */
export const promiseRowCommands = defineCommands<RovingCtx>('handover', [
  { id: 'handover:promiseDown', label: 'commands.handover.promiseDown', keys: ['ArrowDown'], ownField: true, palette: false, run: (c) => c.move(1) },
  { id: 'handover:promiseUp', label: 'commands.handover.promiseUp', keys: ['ArrowUp'], ownField: true, palette: false, run: (c) => c.move(-1) },
]);

export const handoverCommandSets = [promiseOfferCommands, promiseListCommands, promiseRowCommands] as const;
