import { backupName, fullBackupName, incrementalBackupName, parseBackupName, planNextBackup, restoreChain } from '@shared/domain/backup';
import { BACKUP_READ_CHUNK_BYTES, type BackupEntry, type BackupHeader } from '@shared/schemas/backup';
import { problem, problemsOf, type Problem } from '@shared/lib/problem';
import { auditExport, backupSealer, isSealedBackup, lastChangeSeq, openRestore, sealingEmitter, streamSnapshot, unlockBackup, type RestoreReport, type RestoreSource, type SnapshotPlan } from '../../data';
import { getHost, invokeHost } from '../../host';
import { backupTimeText } from './format';

type OnProgress = (fraction: number) => void;
/** Asks the agent for a sealed backup's passphrase; null when they cancel. */
export type AskPassphrase = () => Promise<string | null>;

/**
 * What sends a backup's pieces to the host: sealed under the backup passphrase when the
 * supervisor set one (data/backup/backupCipher.ts), as they are otherwise.
 */
async function sender(send: (chunk: string) => Promise<unknown>): Promise<(chunk: string) => Promise<unknown>> {
  const sealer = await backupSealer();
  return sealer ? sealingEmitter(sealer.key, sealer.header, send) : send;
}


const listeners = new Set<() => void>();
/** Lists on screen refresh when any backup is written, by a button or by the timer. */
export function onBackupsChanged(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export const listBackups = (): Promise<BackupEntry[]> => invokeHost('backup:list', {});

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
  await invokeHost('backup:begin', { name });
  try {
    await streamSnapshot({ agentId, now, appVersion: __APP_VERSION__, plan }, await sender((chunk) => invokeHost('backup:append', { name, chunk })));
  } catch (e) {
    await host.invoke('backup:abort', { name }).catch(() => undefined);
    throw e;
  }
  const written = await invokeHost('backup:commit', { name });
  listeners.forEach((l) => l());
  return written;
}

/**
 * A full backup saved where the agent chooses (a USB stick, another disk): one file that restores
 * alone. Written in a worker and handed to the host piece by piece as it is made, so a store of
 * any size exports without one giant string or a long pause.
 */
export async function exportBackup(agentId: string, reason: string): Promise<boolean> {
  const now = Date.now();
  const host = getHost();
  const name = backupName(now);
  // Audited before a byte leaves the store: who, when, which file, why.
  await auditExport('backup', name, reason, { agentId, now });
  const begun = await invokeHost('file:save-begin', { suggestedName: name, mime: 'application/json' });
  if (!begun) return false;
  const { handle } = begun;
  try {
    await streamSnapshot({ agentId, now, appVersion: __APP_VERSION__, plan: { kind: 'full', toSeq: await lastChangeSeq() } }, await sender((chunk) => invokeHost('file:save-append', { handle, chunk })));
  } catch (e) {
    await host.invoke('file:save-abort', { handle }).catch(() => undefined);
    throw e;
  }
  await invokeHost('file:save-commit', { handle });
  return true;
}

/** A checked backup waiting for the agent's word (its rows stay in the restore thread), or why it was refused. */
export type Checked =
  | { ok: true; header: BackupHeader; count: number; restore(onProgress: OnProgress): Promise<RestoreReport>; close(): void }
  | { ok: false; problems: Problem[] };

const needsBase = (baseAt: number): Checked => ({ ok: false, problems: [problem('backupNeedsBase', { params: { base: backupTimeText(baseAt) } })] });

/** A kept backup, read from the host in pieces of at most 2 MB. */
async function keptSource(name: string): Promise<RestoreSource> {
  const { sizeBytes } = await invokeHost('backup:size', { name });
  return { sizeBytes, read: (offset) => invokeHost('backup:read-chunk', { name, offset, length: BACKUP_READ_CHUNK_BYTES }) };
}

/** A file the agent picks, read the same way; null when cancelled. */
async function pickedSource(): Promise<RestoreSource | null> {
  const file = await invokeHost('file:pick', { extensions: ['json'] });
  if (!file) return null;
  return { sizeBytes: file.sizeBytes, read: (offset) => invokeHost('file:read-chunk', { handle: file.handle, offset, length: BACKUP_READ_CHUNK_BYTES }) };
}

/**
 * The files as the restore reads them: a sealed one asks for its passphrase (once for a chain)
 * and is opened with it; a wrong one is refused here, before the restore thread sees a row.
 * null when the agent cancelled.
 */
async function unlock(sources: RestoreSource[], ask: AskPassphrase): Promise<RestoreSource[] | null | Checked> {
  let passphrase: string | null = null;
  const out: RestoreSource[] = [];
  try {
    for (const s of sources) {
      if (passphrase === null && (await isSealedBackup(s))) {
        passphrase = await ask();
        if (passphrase === null) return null;
      }
      out.push(await unlockBackup(s, passphrase));
    }
  } catch (e) {
    return { ok: false, problems: problemsOf(e) };
  }
  return out;
}

/** Checks the files in a restore thread; a good result keeps the thread until restored or closed. */
async function check(given: RestoreSource[], onProgress: OnProgress, ask: AskPassphrase, refuse?: (header: BackupHeader) => Checked | null): Promise<Checked | null> {
  const sources = await unlock(given, ask);
  if (sources === null || !Array.isArray(sources)) return sources;
  const session = await openRestore();
  try {
    const outcome = await session.check(sources, onProgress);
    const refused = outcome.ok ? refuse?.(outcome.header) : outcome;
    if (refused || !outcome.ok) {
      session.close();
      return refused as Checked;
    }
    return { ...outcome, restore: (p) => session.restore(p), close: () => session.close() };
  } catch (e) {
    session.close();
    throw e;
  }
}

/** A kept backup; an incremental one comes with its chain (its full backup, then each link), checked whole. */
export async function readKeptBackup(name: string, onProgress: OnProgress, ask: AskPassphrase): Promise<Checked | null> {
  const chain = restoreChain(name, (await listBackups()).map((b) => b.name));
  if (!chain.ok) return needsBase(chain.baseAt);
  const sources: RestoreSource[] = [];
  for (const n of chain.names) sources.push(await keptSource(n));
  return check(sources, onProgress, ask);
}

/**
 * null when the agent cancelled the file dialog. An incremental file picked alone is refused,
 * naming the full backup it builds on: it holds only an hour's changes, and restored onto an
 * empty store (the usual reason to pick a file) it would bring back orders without their
 * buyers or chats without their messages. Kept incrementals restore with their chain.
 */
export async function readBackupFile(onProgress: OnProgress, ask: AskPassphrase): Promise<Checked | null> {
  const source = await pickedSource();
  if (!source) return null;
  return check([source], onProgress, ask, (header) => {
    if (header.kind !== 'incremental') return null;
    return needsBase((header.base && parseBackupName(header.base)?.createdAt) || header.createdAt);
  });
}
