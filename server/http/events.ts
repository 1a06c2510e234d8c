import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VersionFeed } from '../sync/feed';

/** Proxies drop quiet connections; a comment line every 25 s keeps the stream open. */
const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events: `data: {"version":N}` now (so a PC that reconnects catches up) and
 * after every commit that moves its team's version; the PC then pulls. Clients read it with
 * fetch() streaming (EventSource cannot send the Authorization header). Returns a function
 * that ends the stream.
 */
export function openEventStream(req: IncomingMessage, res: ServerResponse, feed: VersionFeed, teamId: string, readHead: () => Promise<number>): () => void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  let last = -1;
  let closed = false;
  const send = (version: number) => {
    // Notifications can arrive out of order across reconnects; the version only grows.
    if (closed || version <= last) return;
    last = version;
    res.write(`data: ${JSON.stringify({ version })}\n\n`);
  };
  res.write('retry: 2000\n\n');
  // Subscribe before reading the head, so a commit in between is not missed (send keeps order).
  const unsubscribe = feed.subscribe(teamId, send);
  readHead().then(send, () => close());
  const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(beat);
    unsubscribe();
    res.end();
  };
  req.on('close', close);
  return close;
}
