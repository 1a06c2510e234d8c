/**
 * The Content-Security-Policy for every response in the app's session. Only our own bundled
 * scripts run; styles may be inline (React style props); images and sounds may be data:/blob: (pasted
 * screenshots of 质量 cases, alert sounds); no plugins, no <base> tricks, no form posts, no framing;
 * fetches only to ourselves. Kept identical to the <meta> policy in renderer/index.html (plus
 * frame-ancestors, which only works as a header).
 *
 * The policy is spelled out as a literal inside the callback on purpose: Electronegativity's
 * CSP check reads it from exactly that shape, and a literal here is also what the tests read.
 * file:// pages get no response headers, so renderer/index.html carries the same policy in a
 * <meta http-equiv> tag.
 */

type Headers = Record<string, string[] | string>;

export interface HeadersDetails {
  responseHeaders?: Headers;
}

export interface CspSessionLike {
  webRequest: {
    onHeadersReceived(listener: (details: HeadersDetails, callback: (response: { responseHeaders?: Headers }) => void) => void): void;
  };
}

/** Drops any CSP a response already carries (any letter case) so ours is the only one. */
export function withoutCsp(headers: Headers | undefined): Headers {
  const out: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  return out;
}

export function installCsp(session: CspSessionLike): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...withoutCsp(details.responseHeaders),
        'Content-Security-Policy': [
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
}
