import { MINUTE } from '../../lib/time';

export type PresenceState = 'online' | 'busy' | 'away';

/** What a PC knows about the agent at its keyboard, to say how they are (issue 13 §5). */
export interface PresenceFacts {
  /** What the agent set themselves (接待 → 在线 / 忙碌 / 离开). */
  chosen: PresenceState;
  /** The last keystroke, click or pointer move on this PC. */
  lastActiveAt: number;
  /** Buyers waiting for this agent right now. */
  holding: number;
}

export interface PresenceRules {
  /** Idle this long on the PC: away, whatever was chosen. */
  awayAfterMs: number;
  /** More waiting buyers than this: busy (a supervisor should not hand them another). */
  busyOver: number;
}

/** Ten idle minutes is a break, not a slow reply; eight waiting buyers is a full hand on a normal day. */
export const PRESENCE_RULES: PresenceRules = { awayAfterMs: 10 * MINUTE, busyOver: 8 };

/** How often a signed-in PC tells the server (and how fresh the board's word must be). */
export const HEARTBEAT_MS = 30_000;
/** A presence not renewed for this long: the PC is gone (closed, crashed, off the network). */
export const PRESENCE_STALE_MS = 3 * HEARTBEAT_MS;

/**
 * The agent's presence: away when they said so or have been idle `awayAfterMs`; busy when they
 * said so or hold more than `busyOver` waiting buyers; online otherwise. Away wins over busy:
 * a PC nobody sits at answers nobody, however full its queue.
 */
export function presenceOf(facts: PresenceFacts, now: number, rules: PresenceRules = PRESENCE_RULES): PresenceState {
  if (facts.chosen === 'away' || now - facts.lastActiveAt >= rules.awayAfterMs) return 'away';
  if (facts.chosen === 'busy' || facts.holding > rules.busyOver) return 'busy';
  return 'online';
}

/** What the board shows for an account: its last heartbeat's state, `gone` once it is stale, `signedOut` without one. */
export type BoardPresence = PresenceState | 'gone' | 'signedOut';

export function boardPresence(reported: { state: PresenceState; at: number } | null, now: number): BoardPresence {
  if (!reported) return 'signedOut';
  return now - reported.at > PRESENCE_STALE_MS ? 'gone' : reported.state;
}
