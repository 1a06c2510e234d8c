import type { z } from 'zod';
import { HttpProblem } from '@shared/schemas/sync';
import type { SyncFailure } from '@shared/schemas/syncHost';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type Answer<T> = { ok: true; value: T } | { ok: false; failure: SyncFailure };

/** Long enough for a 500-mutation push over a slow shop network; short enough to say "offline". */
export const REQUEST_TIMEOUT_MS = 15_000;

const failure = (code: SyncFailure['code'], status: number | null, detail: string): { ok: false; failure: SyncFailure } => ({ ok: false, failure: { code, status, detail: detail.slice(0, 500) } });

/** A network error's own words, with its cause (Node's fetch hides ECONNREFUSED in `cause`). */
function networkDetail(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : null;
  return code ? `${e.message} (${code})` : e.message;
}

/** A request that got no answer: the pin or the address refused it here, or the network failed. */
function transportFailure(e: unknown): SyncFailure['code'] {
  const code = e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : null;
  const cause = e && typeof e === 'object' && 'cause' in e ? (e as { cause: unknown }).cause : null;
  const causeCode = cause && typeof cause === 'object' && 'code' in cause ? (cause as { code: unknown }).code : null;
  if (code === 'CERT_PIN_MISMATCH' || causeCode === 'CERT_PIN_MISMATCH') return 'certificate_mismatch';
  if (code === 'INSECURE_ADDRESS') return 'insecure_address';
  return 'offline';
}

/** The failure a refused answer means, by status and the server's problem code. */
export function failureOf(status: number, body: unknown): { ok: false; failure: SyncFailure } {
  const problem = HttpProblem.safeParse(body);
  const code = problem.success ? problem.data.problem.code : null;
  const detail = problem.success ? `${problem.data.problem.code}: ${problem.data.problem.reason}` : `HTTP ${status}`;
  if (status === 401) return failure(code === 'device_revoked' ? 'revoked' : code && ['no_session', 'wrong_session', 'session_expired', 'session_revoked'].includes(code) ? 'signed_out' : 'unauthorized', status, detail);
  if (status === 403) return failure(code === 'bad_code' ? 'bad_code' : 'wrong_team', status, detail);
  if (status === 409 && code === 'cursor_ahead') return failure('cursor_ahead', status, detail);
  if (status === 413) return failure('too_large', status, detail);
  // A proxy or load balancer in front of a server that is down: the same wait as no answer.
  if (status === 502 || status === 503 || status === 504) return failure('offline', status, detail);
  if (status >= 500) return failure('server_error', status, detail);
  return failure('refused', status, detail);
}

/**
 * One JSON request to the shop server. Every way it can go wrong becomes a SyncFailure:
 * no answer is `offline`, a refusal is named by its status and problem code, and an answer
 * that does not fit `schema` (not a shop server, another protocol version) is `bad_answer`.
 */
export async function requestJson<T>(
  fetchImpl: FetchLike,
  url: string,
  options: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; token?: string; body?: unknown; okStatus: number; schema: z.ZodType<T>; timeoutMs?: number; headers?: Record<string, string> },
): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: options.method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
    });
  } catch (e) {
    return failure(transportFailure(e), null, networkDetail(e));
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch (e) {
    if (res.status === options.okStatus) return failure('bad_answer', res.status, `not JSON: ${networkDetail(e)}`);
  }
  if (res.status !== options.okStatus) return failureOf(res.status, body);
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) return failure('bad_answer', res.status, parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return { ok: true, value: parsed.data };
}
