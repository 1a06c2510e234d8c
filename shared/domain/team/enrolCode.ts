/**
 * The one-time enrolment code a supervisor hands to a PC, in the form people type and paste:
 * Crockford base32 in groups of four (`RC9A-EGVE-Q84V-…`; case, spaces and dashes do not
 * matter; O, I and L read as 0, 1 and 1).
 *
 * - The first 12 characters (60 bits) are the secret the server spends once.
 * - The next 20 characters (100 bits) are the start of the SHA-256 fingerprint of the shop
 *   server's certificate. The PC checks the server it reaches against them before sending the
 *   secret, then pins the whole fingerprint. Finding another certificate whose fingerprint
 *   starts with the same 100 bits is a second-preimage search of 2^100 steps: out of reach,
 *   and the code is spent or expired (24 h) long before.
 * - A 12-character code (no fingerprint) is only good for a plain-HTTP server on this PC
 *   (loopback: tests and development); the PC refuses it for any other address.
 */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SECRET_CHARS = 12;
export const PIN_CHARS = 20;

/** Upper case, no spaces or dashes, O→0 and I/L→1: what is compared and hashed. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** XXXX-XXXX-… */
export const groupsOfFour = (chars: string): string => (chars.match(/.{1,4}/g) ?? []).join('-');

/** The first `chars` base32 characters of a hex digest (5 bits each, most significant first). */
export function base32OfHex(hex: string, chars: number): string {
  let bits = '';
  for (const c of hex.slice(0, Math.ceil((chars * 5) / 4))) bits += parseInt(c, 16).toString(2).padStart(4, '0');
  let out = '';
  for (let i = 0; i < chars; i++) out += CROCKFORD[parseInt(bits.slice(i * 5, i * 5 + 5).padEnd(5, '0'), 2)];
  return out;
}

/** A certificate fingerprint as colon-free lower-case hex (Node writes `AB:CD:…`). */
export const plainHex = (fingerprint: string): string => fingerprint.replace(/:/g, '').toLowerCase();

/** The code a PC types: the secret, then the start of the server certificate's fingerprint. */
export function composeEnrolCode(secret: string, certFingerprint: string): string {
  return groupsOfFour(normaliseCode(secret) + base32OfHex(plainHex(certFingerprint), PIN_CHARS));
}

export type ParsedEnrolCode = { secret: string; pin: string | null };

/** What a typed code holds, or null when it is not one (wrong length or a letter base32 has not). */
export function parseEnrolCode(typed: string): ParsedEnrolCode | null {
  const code = normaliseCode(typed);
  if (![...code].every((c) => CROCKFORD.includes(c))) return null;
  if (code.length === SECRET_CHARS) return { secret: code, pin: null };
  if (code.length === SECRET_CHARS + PIN_CHARS) return { secret: code.slice(0, SECRET_CHARS), pin: code.slice(SECRET_CHARS) };
  return null;
}

/** Whether a certificate's fingerprint is the one the code names. */
export const pinMatches = (pin: string, certFingerprint: string): boolean => base32OfHex(plainHex(certFingerprint), PIN_CHARS) === pin;
