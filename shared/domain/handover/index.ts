export { DEFAULT_SHIFTS, DEFAULT_SHIFT_TIMES, ShiftTimes, shiftBoundary, shiftDefs, shiftDefsFrom, validateShiftTimes, type ShiftDef, type ShiftWindow } from './shifts';
export {
  compileHandover, DEFAULT_PROVIDERS, SECTION_CAP, urgencyOf, isVerified, unresolvedProvider,
  waitingProvider, paymentsProvider, unverifiedProvider, flaggedProvider, ticketsProvider, reviewsProvider, promisesProvider,
  type CompiledItem, type HandoverContext, type HandoverFacts, type HandoverSection, type SectionProvider, type Urgency,
} from './compile';
export { checklistLabelKey, checklistRows, DEFAULT_CHECKLIST, toggleChecklist, type ChecklistCounter, type ChecklistItemDef, type ChecklistProgress, type ChecklistRow } from './checklist';
export { handoverMarkdown, type MarkdownHandover } from './markdown';
export {
  outgoingView, freeItem, handoverContents, draftFromRecord, FREE_ITEM_MAX,
  type OutgoingDraft, type OutgoingSection, type OutgoingView,
} from './outgoing';
