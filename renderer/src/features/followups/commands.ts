import { defineCommands } from '../../ui/commands';

/** The 催付 queue: what PaymentQueue binds while the focus is in it. */
export interface PaymentQueueCtx {
  /** A reminder is chosen (the queue is not empty). */
  chosen: boolean;
  move: (step: 1 | -1) => void;
  /** The step's own channel: the chat message, or an SMS at quiet hours. */
  remind: () => void;
  sms: () => void;
  phone: () => void;
  stop: () => void;
  close: () => void;
}

export const paymentQueueCommands = defineCommands<PaymentQueueCtx>('payments', [
  { id: 'payments:next', label: 'commands.payments.next', keys: ['ArrowDown', 'J'], palette: false, enabled: (c) => c.chosen, run: (c) => c.move(1) },
  { id: 'payments:prev', label: 'commands.payments.prev', keys: ['ArrowUp', 'K'], palette: false, enabled: (c) => c.chosen, run: (c) => c.move(-1) },
  { id: 'payments:remind', label: 'commands.payments.remind', keys: ['Enter'], enabled: (c) => c.chosen, run: (c) => c.remind() },
  { id: 'payments:sms', label: 'commands.payments.sms', keys: ['M'], enabled: (c) => c.chosen, run: (c) => c.sms() },
  { id: 'payments:phone', label: 'commands.payments.phone', keys: ['P'], enabled: (c) => c.chosen, run: (c) => c.phone() },
  { id: 'payments:stop', label: 'commands.payments.stop', keys: ['S'], enabled: (c) => c.chosen, run: (c) => c.stop() },
  { id: 'payments:close', label: 'commands.payments.close', keys: ['X'], enabled: (c) => c.chosen, run: (c) => c.close() },
]);

/** 待核实: what VerifyList binds while the focus is in it. */
export interface VerifyCtx {
  chosen: boolean;
  move: (step: 1 | -1) => void;
  send: () => void;
  confirm: () => void;
  changeAddress: () => void;
}

export const verifyCommands = defineCommands<VerifyCtx>('verify', [
  { id: 'verify:next', label: 'commands.verify.next', keys: ['ArrowDown', 'J'], palette: false, enabled: (c) => c.chosen, run: (c) => c.move(1) },
  { id: 'verify:prev', label: 'commands.verify.prev', keys: ['ArrowUp', 'K'], palette: false, enabled: (c) => c.chosen, run: (c) => c.move(-1) },
  { id: 'verify:send', label: 'commands.verify.send', keys: ['Enter'], enabled: (c) => c.chosen, run: (c) => c.send() },
  { id: 'verify:confirm', label: 'commands.verify.confirm', keys: ['C'], enabled: (c) => c.chosen, run: (c) => c.confirm() },
  { id: 'verify:changeAddress', label: 'commands.verify.changeAddress', keys: ['A'], enabled: (c) => c.chosen, run: (c) => c.changeAddress() },
]);

export const followupsCommandSets = [paymentQueueCommands, verifyCommands] as const;
