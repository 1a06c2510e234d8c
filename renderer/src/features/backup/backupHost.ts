import { backupName, fullBackupName, incrementalBackupName, parseBackupName, planNextBackup, restoreChain } from '@shared/domain/backup';
import type { BackupEntry } from '@shared/schemas/backup';
import { combineChain, lastChangeSeq, restoreSnapshot, streamSnapshot, validateSnapshot, type BackupProblem, type RestoreReport, type SnapshotPlan, type ValidSnapshot } from '../../data/backup';
import { getHost } from '../../host';
import { backupTimeText } from './format';

/** The host's own wording when a call fails (disk full, no private file system). */
async function call<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const r = await answer;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const listeners = new Set<() => void>();
/** Lists on screen refresh when any backup is written, by a button or by the timer. */
export function onBackupsChanged(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export const listBackups = (): Promise<BackupEntry[]> => call(getHost().invoke('backup:list', {}));

/**
 * Takes a backup now — incremental when the day's full backup and its chain allow, full
 * otherwise — written in a worker and handed to the host in parts; the host keeps it and
 * applies the rotation.
 */
export async function takeBackup(agentId: string): Promise<{ name: string; sizeBytes: number; removed: string[] }> {
  const now = Date.now();
  const [kept, storeSeq] = await Promise.all([listBackups(), lastChangeSeq()]);
  const next = planNextBackup({ names: kept.map((b) => b.name), now, storeSeq });
  const plan: SnapshotPlan = next.kind === 'full' ? { kind: 'full', toSeq: storeSeq } : { kind: 'incremental', base: next.base, fromSeq: next.fromSeq, toSeq: storeSeq };
  const name = next.kind === 'full' ? fullBackupName(now, storeSeq) : incrementalBackupName(now, next.baseAt, next.fromSeq, storeSeq);
  const host = getHost();
  await call(host.invoke('backup:begin', { name }));
  try {
    await streamSnapshot({ agentId, now, appVersion: __APP_VERSION__, plan }, (chunk) => call(host.invoke('backup:append', { name, chunk })));
  } catch (e) {
    await host.invoke('backup:abort', { name }).catch(() => undefined);
    throw e;
  }
  const written = await call(host.invoke('backup:commit', { name }));
  listeners.forEach((l) => l());
  return written;
}

/** A full backup saved where the agent chooses (a USB stick, another disk): one file that restores alone. */
export async function exportBackup(agentId: string): Promise<boolean> {
  const now = Date.now();
  const parts: string[] = [];
  await streamSnapshot({ agentId, now, appVersion: __APP_VERSION__, plan: { kind: 'full', toSeq: await lastChangeSeq() } }, async (t) => parts.push(t));
  const saved = await call(getHost().invoke('file:save', { suggestedName: backupName(now), mime: 'application/json', content: parts.join(''), base64: false }));
  return saved.saved;
}

export type Checked = { ok: true; snapshot: ValidSnapshot } | { ok: false; problems: BackupProblem[] };

const needsBase = (baseAt: number): Checked => ({ ok: false, problems: [{ kind: 'needsBase', base: backupTimeText(baseAt) }] });

/** A kept backup; an incremental one comes with its chain (its full backup, then each link), checked whole. */
export async function readKeptBackup(name: string): Promise<Checked> {
  const chain = restoreChain(name, (await listBackups()).map((b) => b.name));
  if (!chain.ok) return needsBase(chain.baseAt);
  const snapshots: ValidSnapshot[] = [];
  for (const n of chain.names) {
    const { content } = await call(getHost().invoke('backup:read', { name: n }));
    const checked = check(content);
    if (!checked.ok) return checked;
    snapshots.push(checked.snapshot);
  }
  return { ok: true, snapshot: combineChain(snapshots) };
}

/**
 * null when the agent cancelled the file dialog. An incremental file picked alone is refused,
 * naming the full backup it builds on: it holds only an hour's changes, and restored onto an
 * empty store (the usual reason to pick a file) it would bring back orders without their
 * buyers or chats without their messages. Kept incrementals restore with their chain.
 */
export async function readBackupFile(): Promise<Checked | null> {
  const file = await call(getHost().invoke('file:open', { extensions: ['json'] }));
  if (!file) return null;
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const checked = check(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  if (checked.ok && checked.snapshot.header.kind === 'incremental') {
    const base = checked.snapshot.header.base;
    return needsBase((base && parseBackupName(base)?.createdAt) || checked.snapshot.header.createdAt);
  }
  return checked;
}

function check(text: string): Checked {
  const r = validateSnapshot(text);
  return r.ok ? { ok: true, snapshot: r.value } : { ok: false, problems: r.error };
}

export const restoreBackup = (snapshot: ValidSnapshot): Promise<RestoreReport> => restoreSnapshot(snapshot);
