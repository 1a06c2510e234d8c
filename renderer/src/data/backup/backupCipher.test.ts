import { describe, expect, it } from 'vitest';
import { ProblemError } from '@shared/lib/problem';
import { deriveBackupKeyBytes, importBackupKey, keyForBackup, openedSource, sealedHeader, sealedHeaderOf, sealingEmitter, SEAL_PIECE_CHARS, type PieceSource } from './backupCipher';
import { unlockBackup } from './passphrase';

/** Fewer rounds than the real 600,000: the format records its own count, so the test stays quick. */
const ROUNDS = 1000;
const salt = new Uint8Array(16).fill(5);

async function sealedFile(passphrase: string, pieces: string[]): Promise<string> {
  const key = await importBackupKey(await deriveBackupKeyBytes(passphrase, salt, ROUNDS));
  const out: string[] = [];
  const emit = sealingEmitter(key, await sealedHeader(key, salt, ROUNDS), async (t) => { out.push(t); });
  for (const p of pieces) await emit(p);
  return out.join('');
}

/** A file read as the hosts read it: pieces of at most `size` characters from an offset. */
const source = (text: string, size = 64): PieceSource => ({
  sizeBytes: text.length,
  read: async (offset) => ({ text: text.slice(offset, offset + size), nextOffset: Math.min(text.length, offset + size) }),
});

async function readAll(s: PieceSource): Promise<string> {
  let text = '';
  for (let at = 0; at < s.sizeBytes;) {
    const piece = await s.read(at);
    text += piece.text;
    at = piece.nextOffset;
  }
  return text;
}

const plain = ['{"format":"xiaoer-backup","layout":"lines"}\n["table","buyers"]\n', '{"id":"B1","contactSecret":{"phone":"13800005678"}}\n', '["end",1]\n'];

describe('backups under a passphrase', () => {
  it('hold no clear text and read back as the plain backup, piece by piece, twice', async () => {
    const file = await sealedFile('青禾小铺2026', plain);
    expect(file).not.toContain('13800005678');
    expect(file).not.toContain('buyers');
    expect(sealedHeaderOf(file)).toMatchObject({ format: 'xiaoer-sealed-backup', version: 1, kdf: 'PBKDF2-SHA256', iterations: ROUNDS });
    const opened = await unlockBackup(source(file), '青禾小铺2026');
    expect(await readAll(opened)).toBe(plain.join(''));
    // The restore reads every file twice (check, then merge): the second pass starts over.
    expect(await readAll(opened)).toBe(plain.join(''));
  });

  it('refuses a wrong passphrase and a missing one before reading a row', async () => {
    const file = await sealedFile('青禾小铺2026', plain);
    await expect(unlockBackup(source(file), '青禾小铺2025')).rejects.toMatchObject({ code: 'backupPassphraseWrong' });
    await expect(unlockBackup(source(file), null)).rejects.toMatchObject({ code: 'backupPassphraseNeeded' });
  });

  it('refuses lines swapped or altered', async () => {
    const file = await sealedFile('青禾小铺2026', plain);
    const [header, a, b, c] = file.trim().split('\n');
    const swapped = [header, b, a, c].join('\n') + '\n';
    await expect(readAll(await unlockBackup(source(swapped), '青禾小铺2026'))).rejects.toMatchObject({ code: 'backupSealDamaged' });
    const altered = [header, a, `${b!.slice(0, 20)}${b![20] === 'A' ? 'B' : 'A'}${b!.slice(21)}`, c].join('\n') + '\n';
    const e = await readAll(await unlockBackup(source(altered), '青禾小铺2026')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProblemError);
  });

  it('cuts a big piece into lines a host call takes, never inside a surrogate pair', async () => {
    const big = '😀'.repeat(SEAL_PIECE_CHARS / 2 + 10);
    const file = await sealedFile('青禾小铺2026', [big]);
    expect(file.trim().split('\n')).toHaveLength(3);
    const key = await keyForBackup(sealedHeaderOf(file)!, '青禾小铺2026');
    expect(await readAll(openedSource(source(file, 2 * 1024 * 1024), key))).toBe(big);
  });

  it('passes an old plain backup through unchanged', async () => {
    const file = plain.join('');
    const s = source(file);
    expect(await unlockBackup(s, null)).toBe(s);
  });
});
