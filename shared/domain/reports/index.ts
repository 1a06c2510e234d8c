export { cellOf, cellKey, inCell, groupFacts, ratio, mean, type Cell, type Place, type GroupKey } from './group';
export { presetRange, previousRange, daysRange, weekStart, change, type Range, type RangePreset } from './period';
export {
  responseRates, responseFigures, buyerRounds, countedRounds, roundPlace, inCountedHours, COUNTED_FROM_HOUR, COUNTED_UNTIL_HOUR,
  type ChatLine, type ResponseRow, type Round, type CountedRound,
} from './responseRate';
export {
  consultationsOf, creditOrders, conversionFigures, conversionRates, consultationPlace, DEFAULT_ATTRIBUTION_MS,
  type Consultation, type SaleOrder, type CreditedConsultation, type ConversionRow,
} from './conversion';
export {
  aftersaleFigures, aftersaleRates, reviewFigures, reviewRates, casePlace, paidOrderPlace, reviewPlace, isRefund, isDispute, isSettled, isSettledReview, isModifiedReview, REFUND_TYPES,
  type CaseFact, type PaidOrderFact, type AftersaleRow, type ReviewFact, type ReviewRow,
} from './aftersale';
export { hourlyLoad, loadByHour, type LoadCell } from './load';
export { outcomeFigures, outcomeRates, outcomePlace, NOT_BOUGHT_REASONS, type NotBoughtReason, type ChatOutcome, type OutcomeFact, type OutcomeRow } from './outcome';
export { weeklyReport, lastWholeWeek, type WeeklyFigures, type WeeklyRow } from './weekly';
export { figureValues, figureRows, factsByCell, factsBehind, emptyFacts, FIGURES, FIGURE_IDS, type ReportFacts, type FactKind, type FigureId, type FigureValues, type FigureRow, type Unit } from './figures';
export { figureTable, comparisonTable, drillTable, exportNumber, type TableWords, type Table } from './table';
