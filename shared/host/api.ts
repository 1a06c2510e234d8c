import type { Result } from '../lib/result';
import type { EventChannel, EventPayload, HostKind, InvokeChannel, InvokeInput, InvokeOutput, SendChannel, SendPayload } from './contract';

/** What `window.xiaoer` is (Electron preload) and what the browser host implements. */
export interface HostApi {
  readonly kind: HostKind;
  invoke<C extends InvokeChannel>(channel: C, input: InvokeInput<C>): Promise<Result<InvokeOutput<C>>>;
  send<C extends SendChannel>(channel: C, payload: SendPayload<C>): void;
  /** Returns an unsubscribe function. */
  on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void;
}
