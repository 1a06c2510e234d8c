export { problem, type CaseProblem, type Check } from './errors';
export { TICKET_KINDS, TICKET_STEPS, TICKET_TYPES, RETURN_EXCLUSIONS, STEP_HOURS, firstDueAt, stepDueAt, type FieldSpec, type TicketKind, type ReturnExclusion } from './kinds';
export { returnEligibility, returnShippingPayer, RETURN_WINDOW_MS, type ReturnEligibility, type ReturnInput } from './eligibility';
export { checkTicketStep, checkTicketResolve, checkRefundAmount, nextStep, fieldTime, type TicketContext } from './workflow';
export {
  reviewDeadlines, dueReminderAt, checkReviewContact, checkNextContact, reviewMoves, checkReviewMove, reviewDueAt,
  REVIEW_WINDOW_MS, REMINDER_OFFSETS_MS, OPEN_REVIEW, OPEN_REVIEW_STATUSES, type ReviewDeadlines, type ContactAttempt,
} from './reviews';
export { suggestCause, type CauseSuggestion } from './cause';
export { checkPhoto, sniffImage, MAX_PHOTO_BYTES, type PhotoCandidate } from './photos';
export {
  lostParcelsPerMonth, qualityPerWeekByProduct, wrongOrMissingByResponsible, reviewModificationRate, shanghaiMonth, shanghaiWeekStart,
} from './register';
export {
  TICKET_REGISTER, REVIEW_REGISTER, filterRegister, registerFilters, type RegisterSpec, type RegisterFilter, type RegisterFilterValues,
} from './registers';
export {
  TICKET_COLUMNS, REVIEW_COLUMNS, gridColumns, gridCellText, cellSortValue, exportCell, exportHeader, exportTable,
  type RegisterColumn, type Choices, type ColumnFormat, type Label, type TicketRegisterRow, type ReviewRegisterRow,
} from './columns';
export { toCsv, cellText, type Cell } from '../../lib/csv';
export { stepPhrase, EXPLANATION_TEMPLATES, fillCaseTemplate, caseTemplateVars } from './templates';
export { ticketCaseView, ticketFieldsView, ticketProblemPlace, type TicketCaseView, type TicketCaseInput, type TicketFieldsView, type TicketProblemPlace } from './ticketView';
export { reviewQueue, ticketQueue } from './queues';
export { reviewCaseView, EXPLAIN_URGENT_MS, type ReviewCaseView, type ReviewCaseInput } from './reviewView';
export { buildEvidencePack, type EvidenceInput } from './evidence';
