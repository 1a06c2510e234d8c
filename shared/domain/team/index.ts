export { syncIndicator, type Indicator, type IndicatorFacts, type IndicatorKind } from './indicator';
export { composeEnrolCode, parseEnrolCode, pinMatches, normaliseCode, plainHex, type ParsedEnrolCode } from './enrolCode';
export { CLAIM_KINDS, DEFAULT_LEASE_MS, MIN_LEASE_MS, MAX_LEASE_MS, decideClaim, isLive, leaseLength, mayRelease, type Claim, type ClaimKind, type ClaimDecision, type ClaimRequest } from './lease';
export { MAX_FAILURES, LOCK_MS, DEVICE_FAILURES, DEVICE_WINDOW_MS, signInGate, afterFailure, afterSuccess, type AccountThrottle, type SignInGate } from './lockout';
export { checkWriteRights, type Writer, type WriteRefusal } from './writeRights';
export { teamBoard, waitsFor, type AgentBoardRow, type BoardConversation, type BoardReply } from './board';
export { refusalLines, type RefusalLine, type RefusedWrite } from './refusalLines';
