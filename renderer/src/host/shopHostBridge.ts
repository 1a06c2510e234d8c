import type { InvokeOutput } from '@shared/host/contract';
import type { InvokeHandlers } from '@shared/host/dispatch';
import { routeJson } from './routeJson';

/**
 * Host mode in the browser host: same-origin calls to serve-web's routes
 * (scripts/web-shop-host.mjs), which run the same module as Electron main. Answers are checked
 * against the contract by the shared dispatch.
 */
const BASE = '/__host/shop-host/';

type ShopHostChannel = 'shopHost:status' | 'shopHost:start' | 'shopHost:stop' | 'shopHost:new-code';

const call = (win: Window, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> =>
  routeJson(win, BASE + path, { method, cache: 'no-store', headers: { 'Content-Type': 'application/json' }, ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}) }, path, 'the browser host');

export function shopHostHandlers(win: Window): Pick<InvokeHandlers, ShopHostChannel> {
  return {
    'shopHost:status': async () => (await call(win, 'GET', 'status')) as InvokeOutput<'shopHost:status'>,
    'shopHost:start': async (input) => (await call(win, 'POST', 'start', input)) as InvokeOutput<'shopHost:start'>,
    'shopHost:stop': async () => (await call(win, 'POST', 'stop')) as InvokeOutput<'shopHost:stop'>,
    'shopHost:new-code': async () => (await call(win, 'POST', 'new-code')) as InvokeOutput<'shopHost:new-code'>,
  };
}
