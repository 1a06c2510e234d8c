export { syncIndicator, type Indicator, type IndicatorFacts, type IndicatorKind } from './indicator';
export { composeEnrolCode, parseEnrolCode, pinMatches, normaliseCode, plainHex, type ParsedEnrolCode } from './enrolCode';
