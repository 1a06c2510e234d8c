import { describe, expect, it } from 'vitest';
import { installCsp, type CspSessionLike } from './csp';

type Listener = Parameters<CspSessionLike['webRequest']['onHeadersReceived']>[0];

function run(responseHeaders: Record<string, string[] | string> | undefined) {
  let listener: Listener | null = null;
  installCsp({ webRequest: { onHeadersReceived: (l) => void (listener = l) } });
  let out: Record<string, string[] | string> | undefined;
  listener!({ responseHeaders }, (r) => void (out = r.responseHeaders));
  return out!;
}

describe('installCsp', () => {
  it('adds the strict policy with every directive the app relies on', () => {
    const csp = (run({})['Content-Security-Policy'] as string[])[0]!;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'media-src': "'self' data: blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('keeps other headers and replaces a weaker policy in any letter case', () => {
    const out = run({ 'content-type': ['text/html'], 'content-security-policy': ["default-src *"] });
    expect(out['content-type']).toEqual(['text/html']);
    expect(out['content-security-policy']).toBeUndefined();
    expect(Object.keys(out).filter((k) => k.toLowerCase() === 'content-security-policy')).toEqual(['Content-Security-Policy']);
  });

  it('works for a response without headers', () => {
    expect(Object.keys(run(undefined))).toEqual(['Content-Security-Policy']);
  });
});
