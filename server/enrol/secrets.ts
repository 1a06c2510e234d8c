import { createHash, randomBytes, randomInt } from 'node:crypto';
import { CROCKFORD, SECRET_CHARS, groupsOfFour, normaliseCode, parseEnrolCode } from '@shared/domain/team/enrolCode';

/** A device's bearer token: 32 random bytes. Only its sha256 is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');

export const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * A one-time enrolment secret, 12 Crockford base32 characters (60 bits) shown as
 * XXXX-XXXX-XXXX; the command line adds the certificate's fingerprint after it
 * (shared/domain/team/enrolCode.ts).
 */
export function newEnrolCode(): string {
  return groupsOfFour(Array.from({ length: SECRET_CHARS }, () => CROCKFORD[randomInt(CROCKFORD.length)]).join(''));
}

/** What the hash is taken of: the secret of a typed code, with or without the fingerprint after it. */
export function secretOf(typed: string): string {
  return parseEnrolCode(typed)?.secret ?? normaliseCode(typed);
}

/** Server-made ids (teams, devices, conflict copies): random, URL-safe. */
export const newServerId = (prefix: string): string => `${prefix}${randomBytes(12).toString('hex')}`;
