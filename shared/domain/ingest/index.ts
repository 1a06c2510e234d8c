export { checkBatch, type CheckedBatch } from './validate';
export { planEvent, derivedIds, type IngestView, type IngestWrites, type IngestPlan, type IngestReason, type PlanContext } from './plan';
