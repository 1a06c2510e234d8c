export { syncIndicator, type Indicator, type IndicatorFacts, type IndicatorKind } from './indicator';
