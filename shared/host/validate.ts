import type { z } from 'zod';
import { err, ok, type Result } from '../lib/result';
import { eventContract, invokeContract, sendContract, type EventChannel, type InvokeChannel, type SendChannel } from './contract';

/** Names a zod failure by field so callers can say exactly what was wrong. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(payload)'}: ${i.message}`)
    .join('; ');
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown): Result<T> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : err(describeIssues(parsed.error));
}

const has = (o: object, k: unknown): boolean => typeof k === 'string' && Object.prototype.hasOwnProperty.call(o, k);

export const isInvokeChannel = (c: unknown): c is InvokeChannel => has(invokeContract, c);
export const isSendChannel = (c: unknown): c is SendChannel => has(sendContract, c);
export const isEventChannel = (c: unknown): c is EventChannel => has(eventContract, c);

export function parseInvokeInput(channel: unknown, raw: unknown): Result<unknown> {
  if (!isInvokeChannel(channel)) return err(`unknown channel ${String(channel)}`);
  return parseWith(invokeContract[channel].input as z.ZodType<unknown>, raw);
}

export function parseInvokeOutput(channel: InvokeChannel, raw: unknown): Result<unknown> {
  return parseWith(invokeContract[channel].output as z.ZodType<unknown>, raw);
}

export function parseSendPayload(channel: unknown, raw: unknown): Result<unknown> {
  if (!isSendChannel(channel)) return err(`unknown channel ${String(channel)}`);
  return parseWith(sendContract[channel] as z.ZodType<unknown>, raw);
}

export function parseEventPayload(channel: unknown, raw: unknown): Result<unknown> {
  if (!isEventChannel(channel)) return err(`unknown channel ${String(channel)}`);
  return parseWith(eventContract[channel] as z.ZodType<unknown>, raw);
}
