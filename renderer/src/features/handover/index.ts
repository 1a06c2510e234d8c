export { HandoverScreen } from './HandoverScreen';
export { PromiseOffer } from './PromiseOffer';
export { PromiseForm } from './PromisesPanel';
export { useShiftStart } from './useShiftStart';
export { SubjectFollowUps } from './SubjectFollowUps';
export { handoverCommandSets } from './commands';
