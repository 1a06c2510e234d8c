import type { EventChannel, EventPayload } from '@shared/host/contract';
import { parseEventPayload } from '@shared/host/validate';

/** The webContents member used to push host → renderer events. */
export interface EventTargetLike {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/**
 * Sends a host → renderer event after checking it against the contract, so the preload's own
 * check never has to drop a message we produced. Returns false when nothing was sent.
 */
export function emitEvent<C extends EventChannel>(target: EventTargetLike | null, channel: C, payload: EventPayload<C>): boolean {
  if (!target || target.isDestroyed()) return false;
  const parsed = parseEventPayload(channel, payload);
  if (!parsed.ok) return false;
  target.send(channel, parsed.value);
  return true;
}
