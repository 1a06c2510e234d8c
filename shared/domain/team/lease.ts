/**
 * Claims with a lease (issue 13 §4): buyer-facing work — a waiting buyer, a 催付 step, a
 * 中差评 contact — is taken on the shop server before it is done, so two PCs never both do it.
 * Pure: the server reads the current claim under a row lock, asks these rules, writes the
 * answer; the PC uses the same rules to say what it knows while offline.
 */

export const CLAIM_KINDS = ['conversation', 'reminder', 'review'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A lease long enough to type and send one reply or one 催付 step; renewed while working on it. */
export const DEFAULT_LEASE_MS = 90_000;
export const MIN_LEASE_MS = 10_000;
/** Nobody holds a buyer for more than 10 minutes without renewing. */
export const MAX_LEASE_MS = 600_000;

export interface Claim {
  agentId: string;
  deviceId: string;
  expiresAt: number;
}

export interface ClaimRequest {
  agentId: string;
  deviceId: string;
  leaseMs: number;
  now: number;
}

export type ClaimDecision =
  /** Free, expired, or already ours (renewed): the caller holds it until `claim.expiresAt`. */
  | { kind: 'granted'; claim: Claim; renewed: boolean }
  /** Someone else holds an unexpired lease. */
  | { kind: 'held'; holder: Claim };

export const leaseLength = (asked: number | undefined): number => Math.min(MAX_LEASE_MS, Math.max(MIN_LEASE_MS, Math.round(asked ?? DEFAULT_LEASE_MS)));

/** A lease ends by itself at `expiresAt`: from that millisecond on it holds nothing. */
export const isLive = (claim: Claim | null, now: number): claim is Claim => claim !== null && claim.expiresAt > now;

/**
 * Whether `req` gets the work. The same agent on the same PC renews; the same agent on another
 * PC does not take it over while the lease runs (two PCs is exactly what claims prevent).
 */
export function decideClaim(current: Claim | null, req: ClaimRequest): ClaimDecision {
  const claim: Claim = { agentId: req.agentId, deviceId: req.deviceId, expiresAt: req.now + leaseLength(req.leaseMs) };
  if (!isLive(current, req.now)) return { kind: 'granted', claim, renewed: false };
  if (current.agentId === req.agentId && current.deviceId === req.deviceId) return { kind: 'granted', claim, renewed: true };
  return { kind: 'held', holder: current };
}

/** Only the holder lets go of a live claim early; a supervisor may free anyone's (reassigning). */
export function mayRelease(current: Claim | null, by: { agentId: string; supervisor: boolean }, now: number): boolean {
  if (!isLive(current, now)) return true;
  return by.supervisor || current.agentId === by.agentId;
}
