import type { InvokeOutput } from '@shared/host/contract';
import type { InvokeHandlers } from '@shared/host/dispatch';
import { parseEventPayload } from '@shared/host/validate';
import type { SyncPoke } from '@shared/schemas/syncHost';
import { routeJson } from './routeJson';

/**
 * The browser host's way to the shop server: same-origin calls to the serve-web routes
 * (scripts/web-sync.mjs) that run the same sync module as Electron main. This page's profile
 * id (kept in its own storage, so another browser profile is another PC) names its enrolment
 * there; the token stays with serve-web. Answers are checked against the contract by the
 * shared dispatch, like every other host answer.
 */
const BASE = '/__host/sync/';
const PROFILE_KEY = 'xiaoer.host.profile';

type SyncChannel = 'sync:status' | 'sync:join' | 'sync:leave' | 'sync:push' | 'sync:pull' | 'account:status' | 'account:signIn' | 'account:signOut' | 'claims:take' | 'team:overview' | 'team:createAccount' | 'team:presence' | 'team:reveals' | 'team:devices' | 'team:revokeDevice' | 'team:enrolCode';

/** This page profile's device key for serve-web, made on first use. */
export function hostProfile(storage: Storage, random: () => string): string {
  const known = storage.getItem(PROFILE_KEY);
  if (known && /^[A-Za-z0-9-]{8,64}$/.test(known)) return known;
  const made = random();
  storage.setItem(PROFILE_KEY, made);
  return made;
}

/** The route's JSON answer; throws with the route's own error text (or why it was not reachable). */
function call(win: Window, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const profile = hostProfile(win.localStorage, () => win.crypto.randomUUID());
  const init: RequestInit = {
    method,
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json', 'X-Xiaoer-Profile': profile },
    ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
  };
  return routeJson(win, BASE + path, init, path, 'the browser host');
}

/** The sync:* rows of the browser host's handler table. */
export function syncHandlers(win: Window): Pick<InvokeHandlers, SyncChannel> {
  // The routes answer the contract's shapes; the dispatch parses them before the page sees them.
  return {
    'sync:status': async () => (await call(win, 'GET', 'status')) as InvokeOutput<'sync:status'>,
    'sync:join': async (input) => (await call(win, 'POST', 'join', input)) as InvokeOutput<'sync:join'>,
    'sync:leave': async () => (await call(win, 'POST', 'leave')) as InvokeOutput<'sync:leave'>,
    'sync:push': async (input) => (await call(win, 'POST', 'push', input)) as InvokeOutput<'sync:push'>,
    'sync:pull': async (input) => (await call(win, 'POST', 'pull', input)) as InvokeOutput<'sync:pull'>,
    'account:status': async () => (await call(win, 'GET', 'account')) as InvokeOutput<'account:status'>,
    'account:signIn': async (input) => (await call(win, 'POST', 'account/sign-in', input)) as InvokeOutput<'account:signIn'>,
    'account:signOut': async () => (await call(win, 'POST', 'account/sign-out')) as InvokeOutput<'account:signOut'>,
    'claims:take': async (input) => (await call(win, 'POST', 'claims', input)) as InvokeOutput<'claims:take'>,
    'team:overview': async () => (await call(win, 'GET', 'team')) as InvokeOutput<'team:overview'>,
    'team:createAccount': async (input) => (await call(win, 'POST', 'team/accounts', input)) as InvokeOutput<'team:createAccount'>,
    'team:presence': async (input) => (await call(win, 'POST', 'team/presence', input)) as InvokeOutput<'team:presence'>,
    'team:reveals': async (input) => (await call(win, 'POST', 'team/reveals', input)) as InvokeOutput<'team:reveals'>,
    'team:devices': async () => (await call(win, 'GET', 'team/devices')) as InvokeOutput<'team:devices'>,
    'team:revokeDevice': async (input) => (await call(win, 'POST', 'team/devices/revoke', input)) as InvokeOutput<'team:revokeDevice'>,
    'team:enrolCode': async (input) => (await call(win, 'POST', 'team/enrol-codes', input)) as InvokeOutput<'team:enrolCode'>,
  };
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
