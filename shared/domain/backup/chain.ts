import { DAY } from '../../lib/time';
import { parseBackupName, type BackupInfo } from './naming';

/**
 * Incremental backups. A full backup of a year-long store is large and slow, an hour's changes
 * are not: most backups hold only the records changed since the previous one (read from the
 * `changes` log by seq), built on the day's full backup. A fresh full backup is taken once a day,
 * after MAX_INCREMENTALS incrementals, or whenever the chain cannot be trusted — so restoring
 * never needs more than one full file and a day of small ones.
 */
export const FULL_EVERY_MS = DAY;
export const MAX_INCREMENTALS = 48;
/** Past this many log lines since the last backup (a big import), a full backup costs no more. */
export const MAX_INCREMENTAL_CHANGES = 50_000;

type Full = Extract<BackupInfo, { kind: 'full' }>;
type Inc = Extract<BackupInfo, { kind: 'incremental' }>;

export type NextBackup = { kind: 'full' } | { kind: 'incremental'; base: string; baseAt: number; fromSeq: number };

const infos = (names: string[]): BackupInfo[] => names.map(parseBackupName).filter((i): i is BackupInfo => i !== null);

/** The incrementals on `base`, in log order, as long as each starts where the previous ended. */
function linkedChain(base: Full & { toSeq: number }, all: BackupInfo[]): Inc[] {
  const incs = all.filter((i): i is Inc => i.kind === 'incremental' && i.baseAt === base.createdAt).sort((a, b) => a.toSeq - b.toSeq || a.createdAt - b.createdAt);
  const chain: Inc[] = [];
  let seq = base.toSeq;
  for (const i of incs) {
    if (i.fromSeq !== seq) break;
    chain.push(i);
    seq = i.toSeq;
  }
  return chain;
}

/**
 * What the next backup should be, given the kept backups' names and the store's newest log seq.
 * Full when: there is no full backup with a known log position, the newest one is a day old
 * (or dated in the future: a clock set wrong), the chain is long, a link is missing, the
 * store's log is behind the chain (the store was wiped or replaced: its seqs started again),
 * or so much changed that an incremental would be as big as a full backup.
 */
export function planNextBackup({ names, now, storeSeq }: { names: string[]; now: number; storeSeq: number }): NextBackup {
  const all = infos(names);
  const fulls = all.filter((i): i is Full & { toSeq: number } => i.kind === 'full' && i.toSeq !== null).sort((a, b) => b.createdAt - a.createdAt);
  const base = fulls[0];
  if (!base || base.createdAt > now || now - base.createdAt >= FULL_EVERY_MS) return { kind: 'full' };
  const chain = linkedChain(base, all);
  // An incremental on this base that does not link (one removed by hand) breaks the chain.
  if (all.some((i) => i.kind === 'incremental' && i.baseAt === base.createdAt && !chain.includes(i))) return { kind: 'full' };
  if (chain.length >= MAX_INCREMENTALS) return { kind: 'full' };
  const fromSeq = chain.at(-1)?.toSeq ?? base.toSeq;
  if (storeSeq < fromSeq || storeSeq - fromSeq > MAX_INCREMENTAL_CHANGES) return { kind: 'full' };
  return { kind: 'incremental', base: base.name, baseAt: base.createdAt, fromSeq };
}

/** When a link is missing: the time of the full backup the chain builds on (the agent knows times, not file names). */
export type RestoreChain = { ok: true; names: string[] } | { ok: false; baseAt: number };

/**
 * The files that restore the backup `name`, in order: itself for a full backup; for an
 * incremental its full backup and every incremental of that chain up to it. When the full
 * backup or a link between is gone, the answer says which full backup the chain needed.
 */
export function restoreChain(name: string, names: string[]): RestoreChain {
  return chainIn(name, infos(names));
}

function chainIn(name: string, all: BackupInfo[]): RestoreChain {
  const target = all.find((i) => i.name === name);
  if (!target || target.kind === 'full') return { ok: true, names: [name] };
  const base = all.find((i): i is Full & { toSeq: number } => i.kind === 'full' && i.toSeq !== null && i.createdAt === target.baseAt);
  if (!base) return { ok: false, baseAt: target.baseAt };
  const chain = linkedChain(base, all);
  const upTo = chain.indexOf(target);
  if (upTo < 0) return { ok: false, baseAt: target.baseAt };
  return { ok: true, names: [base.name, ...chain.slice(0, upTo + 1).map((i) => i.name)] };
}

/** Adds to `keep` every backup a kept one needs to be restored (its full backup, earlier links). */
export function addDependencies(keep: Set<string>, names: string[]): void {
  const all = infos(names);
  for (const i of all) {
    if (i.kind !== 'incremental' || !keep.has(i.name)) continue;
    const c = chainIn(i.name, all);
    if (c.ok) c.names.forEach((n) => keep.add(n));
  }
}
