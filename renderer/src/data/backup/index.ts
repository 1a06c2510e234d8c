export { createSnapshot, lastChangeAt, type Snapshot } from './snapshot';
export { validateSnapshot, describeProblem, type BackupProblem, type ValidSnapshot } from './validate';
export { restoreSnapshot, type RestoreReport } from './restore';
