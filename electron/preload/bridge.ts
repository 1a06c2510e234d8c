import type { HostApi } from '@shared/host/api';
import { readInvokeAnswer } from '@shared/host/dispatch';
import { messageOf } from '@shared/lib/problem';
import { err, type Result } from '@shared/lib/result';
import { isEventChannel, isInvokeChannel, isSendChannel, parseEventPayload, parseInvokeInput, parseSendPayload } from '@shared/host/validate';

/**
 * Builds `window.xiaoer` from the host contract. The page gets functions and a `kind` — never
 * ipcRenderer, never an IPC event object (whose `sender` would hand the page ipcRenderer back).
 * Payloads are checked here before they cross, and the main process checks them again: the
 * preload cannot be trusted to be the only sender.
 */

/** The ipcRenderer members used; a fake in tests. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createHostBridge(ipc: IpcRendererLike): HostApi {
  const api = {
    kind: 'electron' as const,
    async invoke(channel: unknown, input: unknown): Promise<Result<unknown>> {
      if (!isInvokeChannel(channel)) return err(`unknown channel ${String(channel)}`);
      const parsed = parseInvokeInput(channel, input);
      if (!parsed.ok) return err(`${channel}: ${parsed.error}`);
      let answer: unknown;
      try {
        answer = await ipc.invoke(channel, parsed.value);
      } catch (e) {
        return err(`${channel}: ${messageOf(e)}`);
      }
      return readInvokeAnswer(channel, answer);
    },
    send(channel: unknown, payload: unknown): void {
      // A send has no answer to carry an error, so a bad one is a programming error: fail loudly.
      if (!isSendChannel(channel)) throw new TypeError(`unknown channel ${String(channel)}`);
      const parsed = parseSendPayload(channel, payload);
      if (!parsed.ok) throw new TypeError(`${channel}: ${parsed.error}`);
      ipc.send(channel, parsed.value);
    },
    on(channel: unknown, listener: (payload: unknown) => void): () => void {
      if (!isEventChannel(channel)) throw new TypeError(`unknown channel ${String(channel)}`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const wrapped = (_event: unknown, raw: unknown): void => {
        const parsed = parseEventPayload(channel, raw);
        if (parsed.ok) listener(parsed.value);
      };
      ipc.on(channel, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(channel, wrapped);
      };
    },
  };
  // The generic signatures of HostApi are enforced at runtime by the contract checks above.
  return Object.freeze(api) as HostApi;
}
