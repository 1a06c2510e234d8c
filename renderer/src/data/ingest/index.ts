export { createIngestRunner, type IngestSource, type IngestRunner } from './runner';
export { applyJournaled, type ApplyOutcome } from './apply';
export { ingestLocalStatus, type IngestLocalStatus } from './queries';
export type { ApplyProblem } from './state';
