import type { InvokeOutput } from '@shared/host/contract';
import type { InvokeHandlers, SendListeners } from '@shared/host/dispatch';
import { routeJson } from './routeJson';

/**
 * The browser host's way to the outbox: same-origin calls to serve-web's /__host/outbox/* routes
 * (scripts/web-outbox.mjs), which run the same module as Electron main. The phrase palette has
 * no window of its own in a tab: it opens in the page (Ctrl+Alt+Space there), and copies through
 * the page's clipboard.
 */
const BASE = '/__host/outbox/';
export const BROWSER_PALETTE_HOTKEY = 'Ctrl+Alt+Space';

type OutboxChannel = 'outbox:offer' | 'outbox:results' | 'outbox:info' | 'palette:status' | 'palette:set-hotkey' | 'palette:copy';

function call(win: Window, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const init: RequestInit = method === 'GET' ? { cache: 'no-store' } : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) };
  return routeJson(win, BASE + path, init, path, 'the outbox');
}

export function outboxHandlers(win: Window): Pick<InvokeHandlers, OutboxChannel> {
  const status = { accelerator: BROWSER_PALETTE_HOTKEY, registered: true, error: null };
  return {
    'outbox:offer': async (input) => (await call(win, 'POST', 'offer', input)) as InvokeOutput<'outbox:offer'>,
    'outbox:results': async (input) => (await call(win, 'POST', 'results', input)) as InvokeOutput<'outbox:results'>,
    'outbox:info': async () => (await call(win, 'GET', 'info')) as InvokeOutput<'outbox:info'>,
    'palette:status': () => status,
    // A tab cannot take a key from other programs: the in-page palette keeps its own key.
    'palette:set-hotkey': () => ({ ...status, error: 'invalid' }),
    'palette:copy': async ({ text }) => {
      await win.navigator.clipboard.writeText(text);
      return { copied: true };
    },
  };
}

export function outboxSends(win: Window): Pick<SendListeners, 'outbox:settle' | 'palette:hide'> {
  return {
    'outbox:settle': (payload) => void call(win, 'POST', 'settle', payload).catch(() => undefined),
    // The in-page palette closes itself.
    'palette:hide': () => undefined,
  };
}
