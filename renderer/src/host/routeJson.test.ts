import { describe, expect, it } from 'vitest';
import { routeJson } from './routeJson';

const win = (fetch: () => Promise<Response>): Window => ({ fetch }) as unknown as Window;

describe('a serve-web route call', () => {
  it('answers the route\'s JSON', async () => {
    await expect(routeJson(win(async () => Response.json({ pending: 2 })), '/x/info', {}, 'info', 'the host')).resolves.toEqual({ pending: 2 });
  });

  it.each<[string, () => Promise<Response>, string]>([
    ['a refusal says the route\'s own error text', async () => Response.json({ error: 'token expired' }, { status: 401 }), 'pull: token expired'],
    ['a refusal without JSON says the status', async () => new Response('oops', { status: 502 }), 'pull: 502'],
    ['an unreachable host says which host and why', async () => { throw new TypeError('Failed to fetch'); }, 'pull: the host is not reachable (Failed to fetch)'],
  ])('%s', async (_n, fetch, message) => {
    await expect(routeJson(win(fetch), '/x/pull', {}, 'pull', 'the host')).rejects.toThrow(message);
  });
});
