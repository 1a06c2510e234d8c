export { checkBatch, type CheckedBatch } from './validate';
export { derivedIds, eventKey } from './eventKey';
export { planEvent, type IngestView, type IngestWrites, type IngestPlan, type IngestReason, type PlanContext } from './plan';
