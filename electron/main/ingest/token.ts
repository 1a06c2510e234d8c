import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';

/** The bearer token an ERP presents: 32 random bytes as hex, in a file only this user can read. */
const TOKEN_FILE = 'token';
const TOKEN_SHAPE = /^[0-9a-f]{64}$/;

function write(dir: string): string {
  const token = randomBytes(32).toString('hex');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, TOKEN_FILE);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, token, { mode: 0o600 });
  fs.renameSync(tmp, file);
  // writeFileSync's mode is filtered by the umask and ignored for existing files: set it outright.
  fs.chmodSync(file, 0o600);
  return token;
}

/** Reads the token, creating it on first start (or when the file is damaged). */
export function loadToken(dir: string): string {
  const file = join(dir, TOKEN_FILE);
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    if (TOKEN_SHAPE.test(text)) {
      if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
      return text;
    }
  } catch {
    // Missing: first start.
  }
  return write(dir);
}

/** A new token; the old one stops working at once. */
export const regenerateToken = (dir: string): string => write(dir);

/** Constant-time: compares fixed-length digests, so neither content nor length leaks through timing. */
export function tokenMatches(expected: string, presented: string): boolean {
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(presented).digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerOf(header: string | undefined): string | null {
  const m = /^Bearer ([^\s]+)$/.exec(header ?? '');
  return m?.[1] ?? null;
}
