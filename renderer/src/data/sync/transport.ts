import type { Result } from '@shared/lib/result';
import type { SyncMutation } from '@shared/schemas/sync';
import type { SyncHostStatus, SyncJoinInput, SyncJoinOutcome, SyncPullOutcome, SyncPushOutcome } from '@shared/schemas/syncHost';

/**
 * The host's `sync:*` calls, as the data layer needs them (the app wires them to the host;
 * tests wire them to a model server). A Result error is the host itself failing.
 */
export interface SyncTransport {
  status(): Promise<Result<SyncHostStatus>>;
  join(input: SyncJoinInput): Promise<Result<SyncJoinOutcome>>;
  leave(): Promise<Result<SyncHostStatus>>;
  push(mutations: SyncMutation[]): Promise<Result<SyncPushOutcome>>;
  pull(cursor: number, limit: number): Promise<Result<SyncPullOutcome>>;
}
