import type { BackupEntry } from '@shared/schemas/backup';
import { createSnapshot, restoreSnapshot, validateSnapshot, type BackupProblem, type RestoreReport, type ValidSnapshot } from '../../data/backup';
import { getHost } from '../../host';

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

/** Takes a full backup now and hands it to the host, which keeps it and applies the rotation. */
export async function takeBackup(agentId: string): Promise<{ name: string; sizeBytes: number; removed: string[] }> {
  const snap = await createSnapshot({ agentId, now: Date.now(), appVersion: __APP_VERSION__ });
  const written = await call(getHost().invoke('backup:write', { name: snap.name, content: snap.content }));
  listeners.forEach((l) => l());
  return written;
}

/** The same snapshot, saved where the agent chooses (a USB stick, another disk). */
export async function exportBackup(agentId: string): Promise<boolean> {
  const snap = await createSnapshot({ agentId, now: Date.now(), appVersion: __APP_VERSION__ });
  const saved = await call(getHost().invoke('file:save', { suggestedName: snap.name, mime: 'application/json', content: snap.content, base64: false }));
  return saved.saved;
}

export type Checked = { ok: true; snapshot: ValidSnapshot } | { ok: false; problems: BackupProblem[] };

export async function readKeptBackup(name: string): Promise<Checked> {
  const { content } = await call(getHost().invoke('backup:read', { name }));
  return check(content);
}

/** null when the agent cancelled the file dialog. */
export async function readBackupFile(): Promise<Checked | null> {
  const file = await call(getHost().invoke('file:open', { extensions: ['json'] }));
  if (!file) return null;
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  return check(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
}

function check(text: string): Checked {
  const r = validateSnapshot(text);
  return r.ok ? { ok: true, snapshot: r.value } : { ok: false, problems: r.error };
}

export const restoreBackup = (snapshot: ValidSnapshot): Promise<RestoreReport> => restoreSnapshot(snapshot);
