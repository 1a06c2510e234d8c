export { waitLevel, RESPONSE_LINE_MS, APPROACHING_MS, type WaitLevel } from './waitLevel';
export { orderQueue, nextWaiting, levelCounts, type QueueEntry, type QueueFilter } from './queue';
export { autoReplyReason, autoReplyText, autoReplyTextsOf, validateAutoReplyTexts, AutoReplyTexts, AUTO_REPLY_REASONS, AUTO_REPLY_VARIABLES, AUTO_REPLY_TEXT, DEFAULT_AUTO_REPLY_POLICY, type AutoReplyInput, type AutoReplyPolicy, type AutoReplyReason, type Presence } from './autoReply';
export { alertPass, alertKey, burstKey, type AlertAction, type AlertEntry, type AlertLevel, type AlertMemory, type Announced } from './alerts';
export { maskPhone, maskAddress, SUGGESTED_TAGS, suggestTags } from './buyer';
export { buildProductIndex, searchProducts, type ProductHit } from './knowledge';
export { dayKey, groupByDay } from './days';
export { insertPhrase, draftSlots, fillSlots, leftMarkers } from './compose';
export { tierFor, tierRulesOf, validateTierRules, DEFAULT_TIER_RULES, TierRules, type Tier } from './tier';
export {
  BargainLimits, DEFAULT_BARGAIN_LIMITS, BARGAIN_ASK, BARGAIN_ANSWER, bargainLimitsFrom, bargainRequests, checkAnswer, checkAuthority, validateBargainAsk, validateBargainLimits,
  type AuthorityCheck, type BargainAnswer, type BargainAsk, type BargainRequest, type RoleLimit,
} from './bargain';
