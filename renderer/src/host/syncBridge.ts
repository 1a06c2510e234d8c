import { parseEventPayload, parseInvokeOutput } from '@shared/host/validate';
import { err, type Result } from '@shared/lib/result';
import type { SyncPoke } from '@shared/schemas/syncHost';

/**
 * The browser host's way to the shop server: same-origin calls to the serve-web routes
 * (scripts/web-sync.mjs) that run the same sync module as Electron main. This page's profile
 * id (kept in its own storage, so another browser profile is another PC) names its enrolment
 * there; the token stays with serve-web. Answers are checked against the contract like the
 * preload checks IPC answers.
 */
const BASE = '/__host/sync/';
const PROFILE_KEY = 'xiaoer.host.profile';

type Channel = 'sync:status' | 'sync:join' | 'sync:leave' | 'sync:push' | 'sync:pull';
const ROUTES: Record<Channel, { method: 'GET' | 'POST'; path: string }> = {
  'sync:status': { method: 'GET', path: 'status' },
  'sync:join': { method: 'POST', path: 'join' },
  'sync:leave': { method: 'POST', path: 'leave' },
  'sync:push': { method: 'POST', path: 'push' },
  'sync:pull': { method: 'POST', path: 'pull' },
};

/** This page profile's device key for serve-web, made on first use. */
export function hostProfile(storage: Storage, random: () => string): string {
  const known = storage.getItem(PROFILE_KEY);
  if (known && /^[A-Za-z0-9-]{8,64}$/.test(known)) return known;
  const made = random();
  storage.setItem(PROFILE_KEY, made);
  return made;
}

export async function syncInvoke(win: Window, channel: Channel, input: unknown): Promise<Result<unknown>> {
  const route = ROUTES[channel];
  const profile = hostProfile(win.localStorage, () => win.crypto.randomUUID());
  let data: unknown;
  try {
    const res = await win.fetch(BASE + route.path, {
      method: route.method,
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'X-Xiaoer-Profile': profile },
      ...(route.method === 'POST' ? { body: JSON.stringify(input ?? {}) } : {}),
    });
    data = await res.json().catch(() => null);
    if (!res.ok) return err(`${channel}: ${(data as { error?: string } | null)?.error ?? res.status}`);
  } catch (e) {
    return err(`${channel}: the browser host is not reachable (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = parseInvokeOutput(channel, data);
  return parsed.ok ? parsed : err(`${channel}: bad answer: ${parsed.error}`);
}

/** The live poke, as server-sent events from serve-web, while someone listens. */
export function watchSync(win: Window, poke: (p: SyncPoke) => void): () => void {
  const profile = hostProfile(win.localStorage, () => win.crypto.randomUUID());
  const source = new (win as Window & typeof globalThis).EventSource(`${BASE}events?profile=${encodeURIComponent(profile)}`);
  source.onmessage = (e: MessageEvent<string>) => {
    let raw: unknown;
    try {
      raw = JSON.parse(e.data);
    } catch {
      return;
    }
    const parsed = parseEventPayload('sync:poke', raw);
    if (parsed.ok) poke(parsed.value as SyncPoke);
  };
  // serve-web itself gone (EventSource retries by itself): the live link is down meanwhile.
  source.onerror = () => poke({ version: null, connected: false });
  return () => source.close();
}
