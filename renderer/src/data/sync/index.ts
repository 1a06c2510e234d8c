import type { SyncJoinInput } from '@shared/schemas/syncHost';
import { hasDemoData } from '../demo';
import { getDb } from '../store';
import { createSyncEngine as createEngine, type RetryPolicy, type SyncEngine } from './engine';
import { joinTeam as join, leaveTeam as leave, type JoinOutcome } from './join';
import type { SyncTransport } from './transport';

export { teamView, dismissSyncWarnings, type TeamView } from './view';
export type { SyncTransport } from './transport';
export type { SyncEngine, RoundOutcome } from './engine';
export type { JoinOutcome, JoinProblem } from './join';
export type { Refusal, SyncLink } from './state';
export { keepSignedInAgent } from './account';

/** The sync loop on the open store (see engine.ts). */
export const createSyncEngine = (transport: SyncTransport, retry?: RetryPolicy): SyncEngine => createEngine({ db: getDb, transport, ...(retry ? { retry } : {}) });

/** Joins a team (refused for a store holding the demo shop). */
export async function joinTeam(transport: SyncTransport, input: SyncJoinInput, now: number): Promise<JoinOutcome> {
  return join(getDb(), transport, input, await hasDemoData(), now);
}

export const leaveTeam = (transport: SyncTransport) => leave(getDb(), transport);
