import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Plain .mjs modules: imported through variables so TypeScript does not look for declarations.
const SERVE_WEB = './serve-web.mjs';

let dir: string;
let server: Server;
let port: number;
const calls: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-serve-web-'));
  fs.mkdirSync(join(dir, 'dist'));
  fs.mkdirSync(join(dir, 'dist-sibling'));
  fs.writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>page</title>');
  fs.writeFileSync(join(dir, 'dist-sibling', 'secret.txt'), 'not yours');
  const { serveWeb } = (await import(SERVE_WEB)) as { serveWeb: (o: object) => Promise<Server> };
  const api = (req: { url: string }, res: { writeHead(s: number): { end(b: string): void } }) => {
    if (!req.url.startsWith('/__host/')) return Promise.resolve(false);
    calls.push(req.url);
    if (req.url === '/__host/boom') throw new Error('a handler bug');
    res.writeHead(200).end('{}');
    return Promise.resolve(true);
  };
  server = await serveWeb({ root: join(dir, 'dist'), port: 0, api });
  port = (server.address() as { port: number }).port;
});
afterAll(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A raw request line, so paths reach the server exactly as an attacker writes them. */
function raw(path: string, headers = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Connection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (c: Buffer) => { text += c.toString('latin1'); });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}
const statusOf = (answer: string) => Number(answer.split(' ')[1]);
const pageCookie = async () => /Set-Cookie: (xiaoer_host=[0-9a-f]+)/i.exec(await raw('/'))?.[1] ?? '';

describe('the browser host server', () => {
  it.each(['/%c0', '/%', '/assets/%E0%A4%A', '/%00', '/a%00b.js'])('answers %s with 400 and stays up', async (path) => {
    expect(statusOf(await raw(path))).toBe(400);
    expect(statusOf(await raw('/'))).toBe(200);
  });

  it.each(['/..%2fdist-sibling%2fsecret.txt', '/..%2Fdist-sibling/secret.txt', '/%2e%2e/dist-sibling/secret.txt', '/..%5cdist-sibling%5csecret.txt'])(
    'never serves a sibling folder through the encoded path %s',
    async (path) => {
      const answer = await raw(path);
      expect(answer).not.toContain('not yours');
      expect([400, 403, 200]).toContain(statusOf(answer));
    },
  );

  it('answers a throwing host route with 500 and keeps serving', async () => {
    const cookie = await pageCookie();
    expect(statusOf(await raw('/__host/boom', `Cookie: ${cookie}\r\n`))).toBe(500);
    expect(statusOf(await raw('/'))).toBe(200);
  });

  it('gives the page an HttpOnly SameSite=Strict secret and refuses /__host/* without it, whatever the headers say', async () => {
    const page = await raw('/');
    expect(page).toMatch(/Content-Security-Policy: default-src 'self'/);
    expect(page).toMatch(/Set-Cookie: xiaoer_host=[0-9a-f]{64}; Path=\/; HttpOnly; SameSite=Strict/i);
    calls.length = 0;
    const forged = `Origin: http://127.0.0.1:${port}\r\nSec-Fetch-Site: same-origin\r\n`;
    expect(statusOf(await raw('/__host/ingest/info', forged))).toBe(403);
    expect(statusOf(await raw('/__host/ingest/info', `${forged}Cookie: xiaoer_host=${'0'.repeat(64)}\r\n`))).toBe(403);
    expect(calls).toEqual([]);
    expect(statusOf(await raw('/__host/ingest/info', `Cookie: other=1; ${await pageCookie()}\r\n`))).toBe(200);
    expect(calls).toEqual(['/__host/ingest/info']);
  });

  it('answers a request line that is not HTTP with 400 and stays up', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('\x00\x01 garbage\r\n\r\n'));
      let text = '';
      socket.on('data', (c: Buffer) => { text += c.toString('latin1'); });
      socket.on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(statusOf(await raw('/'))).toBe(200);
  });
});

