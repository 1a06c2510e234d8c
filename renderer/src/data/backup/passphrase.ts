import { base64FromBytes, bytesFromBase64 } from '@shared/lib/base64';
import { ProblemError, bug, problem } from '@shared/lib/problem';
import { getDb } from '../store';
import { readSetting, writeSetting } from '../repositories/settings';
import type { WriteContext } from '../repositories/tracked';
import { openValue, sealValue, storeKeys } from '../crypto/seal';
import { BACKUP_KDF_ITERATIONS, deriveBackupKeyBytes, importBackupKey, keyForBackup, openedSource, sealedHeader, sealedHeaderOf, type PieceSource, type SealedBackupHeader } from './backupCipher';

/** Per PC (a device-scope key): never synced; in a backup its key is sealed under this PC's store key. */
export const BACKUP_PASSPHRASE_SETTING = 'backup/passphrase';
export const BACKUP_PASSPHRASE_MIN = 8;

type Stored =
  | { mode: 'passphrase'; salt: string; iterations: number; key: string; setAt: number; setBy: string }
  | { mode: 'none'; setAt: number; setBy: string };

/** What 设置 and the backup buttons show: not chosen yet, chosen none (warned), or set (and when). */
export type BackupProtection = { mode: 'unset' } | { mode: 'none' | 'passphrase'; setAt: number; setBy: string };

export function protectionOf(value: unknown): BackupProtection {
  const v = value as Stored | null;
  if (v && (v.mode === 'passphrase' || v.mode === 'none')) return { mode: v.mode, setAt: v.setAt, setBy: v.setBy };
  return { mode: 'unset' };
}

export async function backupProtection(): Promise<BackupProtection> {
  return protectionOf(await readSetting<unknown>(BACKUP_PASSPHRASE_SETTING, null));
}

/**
 * The supervisor sets the backup passphrase (or chooses none: `passphrase` null). Derives the
 * key once here (PBKDF2), keeps it sealed under the store key so automatic backups use it
 * without asking, and never keeps the passphrase itself.
 */
export async function setBackupPassphrase(passphrase: string | null, confirm: string | null, ctx: WriteContext): Promise<void> {
  const agent = await getDb().agents.get(ctx.agentId);
  if (agent?.role !== 'supervisor') throw new ProblemError(problem('backupPassphraseSupervisor', { field: 'backup.passphrase' }));
  if (passphrase === null) return writeSetting(BACKUP_PASSPHRASE_SETTING, { mode: 'none', setAt: ctx.now, setBy: ctx.agentId } satisfies Stored, ctx);
  if ([...passphrase].length < BACKUP_PASSPHRASE_MIN) throw new ProblemError(problem('backupPassphraseShort', { field: 'backup.passphrase', params: { min: BACKUP_PASSPHRASE_MIN } }));
  if (confirm !== passphrase) throw new ProblemError(problem('backupPassphraseMismatch', { field: 'backup.passphraseAgain' }));
  const keys = storeKeys();
  if (!keys) throw bug('the store key is not available: the passphrase key cannot be kept safely');
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const bytes = await deriveBackupKeyBytes(passphrase, salt, BACKUP_KDF_ITERATIONS);
  const key = await sealValue(base64FromBytes(bytes), keys);
  bytes.fill(0);
  await writeSetting(BACKUP_PASSPHRASE_SETTING, { mode: 'passphrase', salt: base64FromBytes(salt), iterations: BACKUP_KDF_ITERATIONS, key, setAt: ctx.now, setBy: ctx.agentId } satisfies Stored, ctx);
}

/**
 * The key and header a backup is written with, or null for a plain backup (none chosen, or
 * not chosen yet: the screens say so). Throws when a passphrase is set but its key cannot be
 * opened (a store restored onto another PC): a backup must never fall back to clear silently.
 */
export async function backupSealer(): Promise<{ key: CryptoKey; header: SealedBackupHeader } | null> {
  const v = await readSetting<Stored | null>(BACKUP_PASSPHRASE_SETTING, null);
  if (!v || v.mode !== 'passphrase') return null;
  const raw = bytesFromBase64(await openValue<string>(v.key));
  const salt = bytesFromBase64(v.salt);
  const key = await importBackupKey(raw);
  raw.fill(0);
  return { key, header: await sealedHeader(key, salt, v.iterations) };
}

/** The file's first line (the header), read in as many pieces as it takes; at most 8 KB. */
async function headText(source: PieceSource): Promise<string> {
  let text = '';
  for (let at = 0; at < source.sizeBytes && !text.includes('\n') && text.length < 8192;) {
    const piece = await source.read(at);
    if (piece.nextOffset <= at) break;
    text += piece.text;
    at = piece.nextOffset;
  }
  return text;
}

/** Is this backup under a passphrase? Reads only its header. */
export async function isSealedBackup(source: PieceSource): Promise<boolean> {
  if (source.sizeBytes === 0) return false;
  return sealedHeaderOf(await headText(source)) !== null;
}

/**
 * A backup as the restore reads it: a plain one as it is; a sealed one opened with the typed
 * passphrase — refused (backupPassphraseNeeded / backupPassphraseWrong) before any row is read.
 */
export async function unlockBackup(source: PieceSource, passphrase: string | null): Promise<PieceSource> {
  if (source.sizeBytes === 0) return source;
  const header = sealedHeaderOf(await headText(source));
  if (!header) return source;
  if (!passphrase) throw new ProblemError(problem('backupPassphraseNeeded'));
  return openedSource(source, await keyForBackup(header, passphrase));
}
