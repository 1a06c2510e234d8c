import type { FetchLike } from './http';

export interface EventLinkOptions {
  fetch: FetchLike;
  /** The events URL (with the team) and the token to present. */
  url: string;
  token: string;
  /** Each `data: {"version": N}` the server sends (once at connect, then after every push). */
  onVersion(version: number): void;
  /** The link came up (true) or went down (false; it is retried). */
  onLink(up: boolean, detail: string | null): void;
  /** The server refused the token (401: revoked or unknown): the link is not retried. */
  onRefused?(status: number, body: unknown): void;
  /** Waits between attempts while the server cannot be reached: grows to the last, then stays. */
  retryMs?: readonly number[];
  /** A link that delivers nothing for this long (the server sends a ping every 25 s) is dead. */
  silenceMs?: number;
}

const RETRY_MS = [500, 1_000, 2_000, 3_000];
const SILENCE_MS = 60_000;

/**
 * The live poke: reads the server's event stream (fetch streaming, so the token can go in a
 * header, which EventSource cannot do) and keeps it open, reconnecting after any drop. A
 * reconnect's first event carries the current version, so a push made while the link was
 * down is not missed. Returns a function that ends it.
 */
export function openEventLink(options: EventLinkOptions): () => void {
  const retry = options.retryMs ?? RETRY_MS;
  let stopped = false;
  let failures = 0;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Only changes are told: a server that stays down is not news every retry. */
  let up: boolean | null = null;

  const setUp = (next: boolean, detail: string | null): void => {
    if (next === up) return;
    up = next;
    if (!stopped) options.onLink(next, detail);
  };

  const readStream = async (body: ReadableStream<Uint8Array>, ctrl: AbortController): Promise<void> => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    let silence = setTimeout(() => ctrl.abort(), options.silenceMs ?? SILENCE_MS);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        clearTimeout(silence);
        silence = setTimeout(() => ctrl.abort(), options.silenceMs ?? SILENCE_MS);
        buf += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buf.search(/\r?\n\r?\n/)) >= 0) {
          const event = buf.slice(0, cut);
          buf = buf.slice(cut).replace(/^\r?\n\r?\n/, '');
          const data = event
            .split(/\r?\n/)
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trimStart())
            .join('\n');
          if (!data) continue;
          try {
            const version = (JSON.parse(data) as { version?: unknown }).version;
            if (typeof version === 'number' && Number.isInteger(version) && version >= 0) options.onVersion(version);
          } catch {
            // not ours: ignored, the stream goes on
          }
        }
      }
    } finally {
      clearTimeout(silence);
      reader.releaseLock();
    }
  };

  const connect = async (): Promise<void> => {
    if (stopped) return;
    const ctrl = new AbortController();
    controller = ctrl;
    let detail = 'the event stream ended';
    try {
      const res = await options.fetch(options.url, { method: 'GET', headers: { accept: 'text/event-stream', authorization: `Bearer ${options.token}` }, signal: ctrl.signal });
      if (res.status === 401) {
        // Retrying cannot help: the device must join again. Stop, and say why.
        stopped = true;
        const body: unknown = await res.json().catch(() => null);
        options.onRefused?.(res.status, body);
        return;
      }
      if (res.status !== 200 || !res.body) {
        detail = `HTTP ${res.status}`;
        await res.body?.cancel().catch(() => {});
      } else {
        failures = 0;
        setUp(true, null);
        await readStream(res.body, ctrl);
      }
    } catch (e) {
      detail = e instanceof Error ? e.message : String(e);
    }
    if (stopped) return;
    setUp(false, detail);
    const wait = retry[Math.min(failures, retry.length - 1)] ?? 3_000;
    failures += 1;
    timer = setTimeout(() => void connect(), wait);
  };

  void connect();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    controller?.abort();
  };
}
