import { encodeTime } from 'ulid';
import type { Rng } from './rng';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID-shaped id whose time part is `at` and whose random part comes from the seeded PRNG, so
 * demo ids sort like real ones yet repeat exactly for the same seed (the real ulid() would not).
 */
export function demoId(rng: Rng, at: number): string {
  let random = '';
  for (let i = 0; i < 16; i++) random += CROCKFORD.charAt(rng.int(0, 31));
  return encodeTime(Math.max(0, Math.floor(at)), 10) + random;
}

/** A 19-digit platform order number (Taobao/Tmall style; never a number type — it overflows). */
export function demoOrderNo(rng: Rng): string {
  return String(rng.int(1, 4)) + rng.digits(18);
}
