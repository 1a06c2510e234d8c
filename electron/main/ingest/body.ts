import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; text: string } | { ok: false; status: 413 | 400; error: string };

/** Reads a request body up to `limit` bytes; stops reading (and says 413) as soon as it is over. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) return Promise.resolve({ ok: false, status: 413, error: `body over ${limit} bytes` });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult): void => { if (!done) { done = true; resolve(r); } };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) { finish({ ok: false, status: 413, error: `body over ${limit} bytes` }); req.pause(); return; }
      if (!done) chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        finish({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        finish({ ok: false, status: 400, error: 'body is not UTF-8' });
      }
    });
    req.on('error', () => finish({ ok: false, status: 400, error: 'body could not be read' }));
  });
}
