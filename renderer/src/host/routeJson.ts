import { messageOf } from '@shared/lib/problem';

/**
 * One same-origin call to a serve-web route (ingest, sync): its JSON answer, or an error that
 * says which route failed and why — the route's own `error` text, its status, or that `host`
 * was not reachable at all.
 */
export async function routeJson(win: Window, url: string, init: RequestInit, path: string, host: string): Promise<unknown> {
  let res: Response;
  try {
    res = await win.fetch(url, init);
  } catch (e) {
    throw new Error(`${path}: ${host} is not reachable (${messageOf(e)})`, { cause: e });
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${path}: ${(data as { error?: string } | null)?.error ?? res.status}`);
  return data;
}
