// The browser host's per-launch secret: the page we serve receives it as an HttpOnly,
// SameSite=Strict cookie, and every /__host/* route refuses a request that does not carry it —
// whatever its Origin, Host or Sec-Fetch-* headers say. A local process or another OS user can
// forge headers, but cannot read a cookie that only the served page's browser profile holds.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const HOST_COOKIE = 'xiaoer_host';

/** The cookie's value in a Cookie header, or null. */
export function cookieValue(header, name = HOST_COOKIE) {
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** A fresh secret (32 random bytes) with the Set-Cookie line for the page and the check for the routes. */
export function createHostSecret(secret = randomBytes(32).toString('hex')) {
  const expected = Buffer.from(secret);
  return {
    setCookie: `${HOST_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Strict`,
    /** True only when the request carries this launch's cookie (compared in constant time). */
    carries(req) {
      const given = Buffer.from(cookieValue(req.headers.cookie) ?? '');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
