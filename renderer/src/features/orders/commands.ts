import { defineCommands } from '../../ui/commands';

/** The 订单 grid: what OrdersGrid binds while the focus is in it. */
export interface OrdersGridCtx {
  hasRows: boolean;
  move: (step: number) => void;
  openCurrent: () => void;
}

/** A screenful, for PageUp/PageDown. */
const PAGE_ROWS = 15;

// The grid's only focusables are its links and sort buttons: its keys are its own even there
// (as before, Enter on a row's link opens the row under the cursor).
export const ordersGridCommands = defineCommands<OrdersGridCtx>('orders', [
  { id: 'orders:next', label: 'commands.orders.next', keys: ['ArrowDown'], ownField: true, palette: false, enabled: (c) => c.hasRows, run: (c) => c.move(1) },
  { id: 'orders:prev', label: 'commands.orders.prev', keys: ['ArrowUp'], ownField: true, palette: false, enabled: (c) => c.hasRows, run: (c) => c.move(-1) },
  { id: 'orders:pageDown', label: 'commands.orders.pageDown', keys: ['PageDown'], ownField: true, palette: false, enabled: (c) => c.hasRows, run: (c) => c.move(PAGE_ROWS) },
  { id: 'orders:pageUp', label: 'commands.orders.pageUp', keys: ['PageUp'], ownField: true, palette: false, enabled: (c) => c.hasRows, run: (c) => c.move(-PAGE_ROWS) },
  { id: 'orders:open', label: 'commands.orders.open', keys: ['Enter'], ownField: true, enabled: (c) => c.hasRows, run: (c) => c.openCurrent() },
]);

/** A remark being written or changed: what the remark boxes bind over themselves. */
export interface RemarkCtx {
  save: () => void;
}

export const remarkCommands = defineCommands<RemarkCtx>('orders', [
  { id: 'orders:saveRemark', label: 'commands.orders.saveRemark', keys: ['Ctrl+Enter'], palette: false, run: (c) => c.save() },
]);

/** An order's tab: what RemarksSection binds while the tab is on view. */
export interface OrderTabCtx {
  focusRemark: () => void;
}

/** B for 备注: the remark box is one key from anywhere on the order's tab (it sits below the fold). */
export const orderTabCommands = defineCommands<OrderTabCtx>('orders', [
  { id: 'orders:remarkBox', label: 'commands.orders.remarkBox', keys: ['Alt+B'], run: (c) => c.focusRemark() },
]);

export const ordersCommandSets = [ordersGridCommands, remarkCommands, orderTabCommands] as const;
