export { detectPromise, suggestDue, PROMISE_KINDS, type DetectedPromise, type PromiseKind } from './detect';
export { checkDue, fromDueInput, promiseRemark, toDueInput, type DueCheck } from './rules';
