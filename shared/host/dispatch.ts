import { messageOf } from '../lib/problem';
import { err, ok, type Result } from '../lib/result';
import type { InvokeChannel, InvokeInput, InvokeOutput, SendChannel, SendPayload } from './contract';
import { isInvokeChannel, isSendChannel, parseInvokeInput, parseInvokeOutput, parseSendPayload } from './validate';

/**
 * The one way a host answers the renderer, shared by Electron main (behind its sender-frame
 * check, electron/main/ipc/dispatcher.ts) and the browser host (renderer/src/host): channel
 * check → zod parse of the input → handler → the handler's answer parsed against the contract
 * → Result. The hosts differ only in their handler tables, never in these checks.
 */

/** One handler per invoke channel; the mapped type makes forgetting a channel a compile error. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (input: InvokeInput<C>) => Promise<InvokeOutput<C>> | InvokeOutput<C>;
};

/** One listener per send channel. */
export type SendListeners = {
  [C in SendChannel]: (payload: SendPayload<C>) => void;
};

export interface HostDispatch {
  /** Never throws: a refusal or a failing handler is an error Result naming the channel. */
  invoke(channel: unknown, raw: unknown): Promise<Result<unknown>>;
  /** A send has no answer; the host decides what a refusal means (a log line, a thrown error). */
  send(channel: unknown, raw: unknown): Result<void>;
}

/** A handler's (or a remote host's) value checked against the channel's output schema. */
function checkInvokeAnswer(channel: InvokeChannel, value: unknown): Result<unknown> {
  // Check our own answer too: a handler drifting from the contract is caught here, not in the page.
  const output = parseInvokeOutput(channel, value);
  return output.ok ? ok(output.value) : err(`${channel}: bad answer: ${output.error}`);
}

const isResultShape = (v: unknown): v is Result<unknown> =>
  typeof v === 'object' && v !== null && ((v as { ok?: unknown }).ok === true ? 'value' in v : (v as { ok?: unknown }).ok === false && typeof (v as { error?: unknown }).error === 'string');

/**
 * A Result that crossed a boundary (the preload reading IPC): its shape first, then, when it
 * is a value, the contract — the page never sees an answer the contract does not allow.
 */
export function readInvokeAnswer(channel: InvokeChannel, answer: unknown): Result<unknown> {
  if (!isResultShape(answer)) return err(`${channel}: malformed answer from host`);
  return answer.ok ? checkInvokeAnswer(channel, answer.value) : answer;
}

export function createHostDispatch(handlers: { invoke: InvokeHandlers; send: SendListeners }): HostDispatch {
  return {
    async invoke(channel, raw) {
      if (!isInvokeChannel(channel)) return err(`unknown channel ${String(channel)}`);
      const input = parseInvokeInput(channel, raw);
      if (!input.ok) return err(`${channel}: ${input.error}`);
      try {
        const handler = handlers.invoke[channel] as (input: unknown) => unknown;
        return checkInvokeAnswer(channel, await handler(input.value));
      } catch (e) {
        return err(`${channel}: ${messageOf(e)}`);
      }
    },
    send(channel, raw) {
      if (!isSendChannel(channel)) return err(`unknown channel ${String(channel)}`);
      const payload = parseSendPayload(channel, raw);
      if (!payload.ok) return err(`${channel}: ${payload.error}`);
      try {
        (handlers.send[channel] as (payload: unknown) => void)(payload.value);
        return ok(undefined);
      } catch (e) {
        return err(`${channel}: ${messageOf(e)}`);
      }
    },
  };
}
