import { base64FromBytes, bytesFromBase64 } from '@shared/lib/base64';
import { ProblemError, problem } from '@shared/lib/problem';

/**
 * Backups under the supervisor's passphrase (issue 15). A sealed backup is ASCII lines:
 *
 *   {"format":"xiaoer-sealed-backup","version":1,"kdf":"PBKDF2-SHA256","iterations":…,"salt":…,"check":…}
 *   <base64 of iv ‖ AES-GCM(piece 1)>
 *   <base64 of iv ‖ AES-GCM(piece 2)>
 *   …
 *
 * Each line is one piece of the plain backup text as the writer emitted it (≤ CHUNK_CHARS), so
 * writing and restoring stay streaming: one piece in memory at a time, as before. The piece's
 * number is the GCM additional data, so lines cannot be dropped, repeated or reordered without
 * failing; a file cut short still ends without the plain backup's closing line, which the
 * reader refuses as before. `check` is a known text sealed under the key: a wrong passphrase
 * is refused before a single row reaches the restore thread.
 *
 * The key is PBKDF2-SHA256 over the passphrase with the salt (600,000 iterations, OWASP's
 * figure for PBKDF2-SHA256). The salt and the derived key are kept per PC in the
 * `backup/passphrase` setting (the key sealed under the store key), so automatic backups need
 * nobody to type the passphrase; restore derives it again from what the agent types.
 */
export const SEALED_BACKUP_FORMAT = 'xiaoer-sealed-backup';
export const BACKUP_KDF_ITERATIONS = 600_000;
const CHECK_TEXT = 'xiaoer backup passphrase check';

export interface SealedBackupHeader {
  format: typeof SEALED_BACKUP_FORMAT;
  version: 1;
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  check: string;
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const te = new TextEncoder();
const td = new TextDecoder();
const aad = (n: number): Uint8Array<ArrayBuffer> => te.encode(`piece ${n}`);

/** The 32 key bytes for a passphrase and salt (slow on purpose: PBKDF2). */
export async function deriveBackupKeyBytes(passphrase: string, salt: Uint8Array, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const base = await subtle().importKey('raw', te.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, base, 256));
}

export const importBackupKey = (bytes: Uint8Array): Promise<CryptoKey> =>
  subtle().importKey('raw', bytes as Uint8Array<ArrayBuffer>, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

async function seal(key: CryptoKey, text: Uint8Array<ArrayBuffer>, n: number): Promise<string> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const body = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad(n) }, key, text));
  const out = new Uint8Array(12 + body.length);
  out.set(iv);
  out.set(body, 12);
  return base64FromBytes(out);
}

async function open(key: CryptoKey, line: string, n: number): Promise<Uint8Array> {
  const bytes = bytesFromBase64(line);
  return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12), additionalData: aad(n) }, key, bytes.subarray(12)));
}

/** The header line of a backup sealed with `key` (made from `salt`/`iterations`). */
export async function sealedHeader(key: CryptoKey, salt: Uint8Array, iterations: number): Promise<SealedBackupHeader> {
  return { format: SEALED_BACKUP_FORMAT, version: 1, kdf: 'PBKDF2-SHA256', iterations, salt: base64FromBytes(salt), check: await seal(key, te.encode(CHECK_TEXT), 0) };
}

/** Plain characters per sealed line: ≤ 3 MB of UTF-8, ≤ 4 MB of base64 — well under the 8 MB a host call takes. */
export const SEAL_PIECE_CHARS = 1_000_000;

/** A piece cut into parts of at most `max` characters, never between the two halves of a surrogate pair. */
function parts(text: string, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + max);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end -= 1;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * Wraps a writer's `emit`: the header line first, then each piece sealed on its own line(s).
 * Pieces are sealed in order (each waits for the one before), as the host must receive them.
 */
export function sealingEmitter(key: CryptoKey, header: SealedBackupHeader, send: (text: string) => Promise<unknown>): (piece: string) => Promise<unknown> {
  let n = 0;
  let first = true;
  return async (piece) => {
    for (const part of parts(piece, SEAL_PIECE_CHARS)) {
      const line = await seal(key, te.encode(part), ++n);
      const text = `${first ? `${JSON.stringify(header)}\n` : ''}${line}\n`;
      first = false;
      await send(text);
    }
  };
}

/** The header of a sealed backup from its first piece of text, or null for a plain backup. */
export function sealedHeaderOf(firstText: string): SealedBackupHeader | null {
  const start = firstText.replace(/^\uFEFF/, '');
  if (!start.startsWith(`{"format":"${SEALED_BACKUP_FORMAT}"`)) return null;
  const nl = start.indexOf('\n');
  if (nl < 0) throw new ProblemError(problem('backupTruncated'));
  const h = JSON.parse(start.slice(0, nl)) as SealedBackupHeader;
  if (h.version !== 1 || h.kdf !== 'PBKDF2-SHA256' || !Number.isInteger(h.iterations) || h.iterations < 1 || h.iterations > 10_000_000) throw new ProblemError(problem('backupForeign'));
  return h;
}

/** The key for a sealed backup from the typed passphrase; refuses a wrong one (nothing read beyond the header). */
export async function keyForBackup(header: SealedBackupHeader, passphrase: string): Promise<CryptoKey> {
  const key = await importBackupKey(await deriveBackupKeyBytes(passphrase, bytesFromBase64(header.salt), header.iterations));
  try {
    if (td.decode(await open(key, header.check, 0)) === CHECK_TEXT) return key;
  } catch {
    // falls through: GCM's tag did not match
  }
  throw new ProblemError(problem('backupPassphraseWrong'));
}

/** Where a source is read from: the restore client's RestoreSource. */
export interface PieceSource {
  sizeBytes: number;
  read(offset: number): Promise<{ text: string; nextOffset: number }>;
}

/**
 * A sealed backup read as the plain backup it holds: each read returns the plain text of whole
 * sealed lines (at least one), and the byte offset after them. A sealed file is ASCII, so
 * characters and bytes are one. Reads go front to back per pass (the restore's two passes each
 * start at 0): the piece number restarts there.
 */
export function openedSource(source: PieceSource, key: CryptoKey): PieceSource {
  let n = 0;
  // The rest of the last host read after the line it ended: the next line starts there.
  let held = { at: -1, text: '' };
  const from = async (at: number): Promise<{ text: string; nextOffset: number }> => {
    if (held.at >= 0 && at >= held.at && at < held.at + held.text.length) return { text: held.text.slice(at - held.at), nextOffset: held.at + held.text.length };
    const piece = await source.read(at);
    held = { at, text: piece.text };
    return piece;
  };
  /** One whole line from `at` (it may span several host reads) and the offset after it. */
  const line = async (at: number): Promise<{ line: string; next: number }> => {
    let out = '';
    for (;;) {
      if (at >= source.sizeBytes) return { line: out, next: at };
      const piece = await from(at);
      const nl = piece.text.indexOf('\n');
      if (nl >= 0) return { line: out + piece.text.slice(0, nl), next: at + nl + 1 };
      out += piece.text;
      if (piece.nextOffset <= at) throw new ProblemError(problem('backupShrank'));
      at = piece.nextOffset;
    }
  };
  return {
    sizeBytes: source.sizeBytes,
    async read(offset) {
      let at = offset;
      if (offset === 0) {
        n = 0;
        at = (await line(0)).next; // the header
      }
      const got = await line(at);
      let text = '';
      if (got.line.trim() !== '') {
        n += 1;
        try {
          text = td.decode(await open(key, got.line.trim(), n));
        } catch {
          throw new ProblemError(problem('backupSealDamaged', { params: { line: n } }));
        }
      }
      return { text, nextOffset: Math.max(got.next, offset + 1) };
    },
  };
}
