/**
 * What the header's team-sync indicator says, from the sync client's state. Always shown:
 * an agent must never believe work reached the other PCs when it did not.
 * - standalone: this PC is in no team;
 * - synced: the last round reached the server and nothing waits (已同步);
 * - pending: online, this PC's latest edits are on their way (a round runs within moments);
 * - offline: the server cannot be reached; N edits wait and go up by themselves later;
 * - failed: the server refused or answered wrongly, or refused some edits: shown with the reason;
 * - initial: a first sync is pulling the team's records, with how far it got (首次同步 35%).
 */
export type IndicatorKind = 'standalone' | 'synced' | 'pending' | 'offline' | 'failed' | 'initial';

export interface IndicatorFacts {
  joined: boolean;
  /** The last round's outcome (null: none yet since joining). */
  state: 'synced' | 'offline' | 'failed' | null;
  failureCode: string | null;
  /** Records with edits not yet acknowledged by the server. */
  pending: number;
  /** Edits the server refused that the agent has not dismissed. */
  refused: number;
  /** A first sync under way: its progress 0–99 (null or absent: none). */
  initialPercent?: number | null;
}

export interface Indicator {
  kind: IndicatorKind;
  pending: number;
  /** failed: the reason's code (a failure code, or `refused` with the count in `refused`). */
  reason: string | null;
  refused: number;
  /** initial: how far the first sync got, 0–99. */
  percent?: number;
}

export function syncIndicator(f: IndicatorFacts): Indicator {
  const base = { pending: f.pending, refused: f.refused, reason: null };
  if (!f.joined) return { ...base, kind: 'standalone', pending: 0 };
  if (f.state === 'failed') return { ...base, kind: 'failed', reason: f.failureCode ?? 'unknown' };
  if (f.state === 'offline') return { ...base, kind: 'offline' };
  if (f.refused > 0) return { ...base, kind: 'failed', reason: 'refused' };
  if (f.initialPercent !== null && f.initialPercent !== undefined) return { ...base, kind: 'initial', percent: f.initialPercent };
  if (f.pending > 0 || f.state === null) return { ...base, kind: 'pending' };
  return { ...base, kind: 'synced' };
}
