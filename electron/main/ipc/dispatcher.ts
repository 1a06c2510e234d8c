import { err, ok, type Result } from '@shared/lib/result';
import {
  INVOKE_CHANNELS,
  SEND_CHANNELS,
  type InvokeChannel,
  type InvokeInput,
  type InvokeOutput,
  type SendChannel,
  type SendPayload,
} from '@shared/host/contract';
import { isInvokeChannel, isSendChannel, parseInvokeInput, parseInvokeOutput, parseSendPayload } from '@shared/host/validate';
import { judgeSender, type FrameLike, type TrustedSenderOptions } from './trusted-sender';
import { messageOf } from '@shared/lib/problem';

/** One handler per invoke channel; the mapped type makes forgetting a channel a compile error. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (input: InvokeInput<C>) => Promise<InvokeOutput<C>> | InvokeOutput<C>;
};

/** One listener per send channel. */
export type SendListeners = {
  [C in SendChannel]: (payload: SendPayload<C>) => void;
};

/** What the dispatcher reads from an IPC event (Electron's IpcMainEvent / IpcMainInvokeEvent). */
export interface IpcEventLike {
  readonly senderFrame: FrameLike | null;
}

export interface DispatcherOptions extends TrustedSenderOptions {
  invoke: InvokeHandlers;
  send: SendListeners;
  /** Where refused sends go: they have no reply, so the log is the only trace. */
  warn: (message: string) => void;
}

export interface IpcDispatcher {
  invoke(event: IpcEventLike, channel: unknown, raw: unknown): Promise<Result<unknown>>;
  send(event: IpcEventLike, channel: unknown, raw: unknown): void;
}

/**
 * The single gate every renderer message passes: sender check → channel check → zod parse →
 * handler. Invokes always answer with a Result naming what was wrong; they never throw across IPC
 * (Electron would turn a throw into an opaque "Error invoking remote method").
 */
export function createIpcDispatcher(options: DispatcherOptions): IpcDispatcher {
  return {
    async invoke(event, channel, raw) {
      const sender = judgeSender(event.senderFrame, options);
      if (!sender.trusted) return err(`refused ${String(channel)}: ${sender.reason}`);
      if (!isInvokeChannel(channel)) return err(`unknown channel ${String(channel)}`);
      const input = parseInvokeInput(channel, raw);
      if (!input.ok) return err(`${channel}: ${input.error}`);
      try {
        const handler = options.invoke[channel] as (input: unknown) => unknown;
        const value = await handler(input.value);
        // Check our own answer too: a handler drifting from the contract is caught here, not in the page.
        const output = parseInvokeOutput(channel, value);
        return output.ok ? ok(output.value) : err(`${channel}: bad answer: ${output.error}`);
      } catch (e) {
        return err(`${channel}: ${messageOf(e)}`);
      }
    },
    send(event, channel, raw) {
      const sender = judgeSender(event.senderFrame, options);
      if (!sender.trusted) return options.warn(`refused ${String(channel)}: ${sender.reason}`);
      if (!isSendChannel(channel)) return options.warn(`unknown channel ${String(channel)}`);
      const payload = parseSendPayload(channel, raw);
      if (!payload.ok) return options.warn(`${channel}: ${payload.error}`);
      try {
        (options.send[channel] as (payload: unknown) => void)(payload.value);
      } catch (e) {
        options.warn(`${channel}: ${messageOf(e)}`);
      }
    },
  };
}

/** The two ipcMain methods we use, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): void;
}

/** Registers every channel of the contract — and only those — on ipcMain. */
export function registerIpc(ipcMain: IpcMainLike, options: DispatcherOptions): IpcDispatcher {
  const dispatcher = createIpcDispatcher(options);
  for (const channel of INVOKE_CHANNELS) ipcMain.handle(channel, (event, raw) => dispatcher.invoke(event, channel, raw));
  for (const channel of SEND_CHANNELS) ipcMain.on(channel, (event, raw) => dispatcher.send(event, channel, raw));
  return dispatcher;
}
