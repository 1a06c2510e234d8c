export { createSnapshot, writeSnapshot, lastChangeAt, lastChangeSeq, type Snapshot, type SnapshotPlan, type SnapshotRequest } from './snapshot';
export { streamSnapshot } from './streamSnapshot';
export { validateSnapshot, type ValidSnapshot } from './validate';
export { restoreSnapshot, type RestoreReport } from './restore';
export { combineChain } from './chain';
export { openRestore, type RestoreSession, type RestoreSource } from './restoreClient';
export type { CheckOutcome } from './restoreJob';
