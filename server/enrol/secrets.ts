import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A device's bearer token: 32 random bytes. Only its sha256 is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');

export const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Crockford's base32 alphabet: no I, L, O or U to misread when typing a code off a screen. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A one-time enrolment code, 12 characters (60 bits) shown as XXXX-XXXX-XXXX. */
export function newEnrolCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** What the hash is taken of: case, spaces and dashes as typed do not matter; O/I/L read as 0/1/1. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Server-made ids (teams, devices, conflict copies): random, URL-safe. */
export const newServerId = (prefix: string): string => `${prefix}${randomBytes(12).toString('hex')}`;
