import { err, type Result } from '@shared/lib/result';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '@shared/host/contract';
import { createHostDispatch, type InvokeHandlers, type SendListeners } from '@shared/host/dispatch';
import { judgeSender, type FrameLike, type TrustedSenderOptions } from './trusted-sender';

export type { InvokeHandlers, SendListeners };

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
 * The single gate every renderer message passes: the sender check (only our main frame showing
 * our page), then the shared dispatch (shared/host/dispatch.ts) the browser host runs too.
 * Invokes always answer with a Result naming what was wrong; they never throw across IPC
 * (Electron would turn a throw into an opaque "Error invoking remote method").
 */
export function createIpcDispatcher(options: DispatcherOptions): IpcDispatcher {
  const dispatch = createHostDispatch(options);
  return {
    async invoke(event, channel, raw) {
      const sender = judgeSender(event.senderFrame, options);
      if (!sender.trusted) return err(`refused ${String(channel)}: ${sender.reason}`);
      return dispatch.invoke(channel, raw);
    },
    send(event, channel, raw) {
      const sender = judgeSender(event.senderFrame, options);
      if (!sender.trusted) return options.warn(`refused ${String(channel)}: ${sender.reason}`);
      const sent = dispatch.send(channel, raw);
      if (!sent.ok) options.warn(sent.error);
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
