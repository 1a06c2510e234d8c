// The browser host's page routes (/__host/<area>/*), one way for every host module: a call table
// maps "METHOD path" to a contract channel and the module's method, and every input is checked
// against the shared contract (parseInvokeInput / parseSendPayload, the checks Electron's IPC
// dispatcher runs) — never by a second, hand-written check here.

const MAX_BODY = 4096;

export const json = (res, status, body) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
};

/**
 * Only the page we serve may use these routes: the Host must be ours (DNS rebinding), and a
 * browser's Origin / Sec-Fetch-Site must say same-origin (another site's page, CSRF). POSTs must
 * be JSON, which a cross-site form cannot send without a preflight we never answer.
 */
export function sameOrigin(req, port) {
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return false;
  if (req.headers.origin !== undefined && req.headers.origin !== `http://${host}`) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  return req.method !== 'POST' || /^application\/json/i.test(req.headers['content-type'] ?? '');
}

/** The request's JSON body, or null (not JSON, or over `max` characters: the request is cut off). */
export function readJson(req, max = MAX_BODY) {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { text += c; if (text.length > max) { req.destroy(); resolve(null); } });
    req.on('end', () => { try { resolve(JSON.parse(text || '{}')); } catch { resolve(null); } });
    req.on('error', () => resolve(null));
  });
}

/**
 * Answers one call of `calls` (`route` is "METHOD path"): 404 for an unknown route, 400 for a body
 * that is not JSON or that the contract refuses, else 200 with what the module answered.
 * A call with `send: true` is a fire-and-forget channel (an ack): `run` says what the page gets.
 * `target()` gives the module, asked only once the input is good (host mode builds the server then).
 */
export async function answerHostCall(req, res, { calls, route, mod, target, maxBody }) {
  const call = calls[route];
  if (!call) { json(res, 404, { error: 'not found' }); return true; }
  const body = req.method === 'POST' ? await readJson(req, maxBody) : {};
  if (body === null || typeof body !== 'object') { json(res, 400, { error: 'body must be JSON' }); return true; }
  const input = call.send ? mod.parseSendPayload(call.channel, body) : mod.parseInvokeInput(call.channel, body);
  if (!input.ok) { json(res, 400, { error: input.error }); return true; }
  json(res, 200, await call.run(await target(), input.value));
  return true;
}

/** A handler for `prefix` (same-origin only); false for any other path, so serve-web tries the next. */
export function hostRoutes({ prefix, calls, mod, target, maxBody }) {
  return async (req, res, port) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return false;
    if (!sameOrigin(req, port)) { json(res, 403, { error: 'same-origin requests only' }); return true; }
    return answerHostCall(req, res, { calls, route: `${req.method} ${url.pathname.slice(prefix.length)}`, mod, target, maxBody });
  };
}
