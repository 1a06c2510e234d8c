export { responseRates, buyerRounds, COUNTED_FROM_HOUR, COUNTED_UNTIL_HOUR, type ChatLine, type ResponseRow, type GroupKey } from './responseRate';
