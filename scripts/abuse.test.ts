import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbuseTally, pageCookie, rawRequest, type RawRequest } from '../server/test/rawHttp';

/**
 * The abuse suite (issue 15): well over a hundred bad requests against the ERP ingest endpoint and
 * the browser host's routes, run by CI with the unit tests. Every one must be refused, none may
 * write anything (journal, token, acked state, sync enrolments), and both servers must still answer.
 * The shop server's part is server/abuse.test.ts.
 */

const WEB_INGEST = './web-ingest.mjs';
const WEB_SYNC = './web-sync.mjs';
const SERVE_WEB = './serve-web.mjs';

interface IngestInfo { url: string; token: string; pending: number; lastSeq: number; journalId: string }
interface Service { info(): IngestInfo; stop(): Promise<void> }

let dir: string;
let web: Server;
let webPort: number;
let ingestPort: number;
let service: Service;
let closeSync: () => void;
let cookie: string;

const SHOP = '01JSHOP0000000000000000000';
const event = (over: Record<string, unknown> = {}) => ({ eventId: 'seed-1', type: 'buyer.message', shopId: SHOP, at: 1_763_800_000_000, buyerNick: 'tb_小林', text: '在吗？', ...over });

beforeAll(async () => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-abuse-'));
  fs.mkdirSync(join(dir, 'dist'));
  fs.mkdirSync(join(dir, 'dist-sibling'));
  fs.writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html>');
  fs.writeFileSync(join(dir, 'dist-sibling', 'secret.txt'), 'not yours');
  const { startWebIngest } = (await import(WEB_INGEST)) as { startWebIngest: (o: object) => Promise<{ service: Service; handle: (...a: unknown[]) => Promise<boolean> }> };
  const { startWebSync } = (await import(WEB_SYNC)) as { startWebSync: (o: object) => Promise<{ handle: (...a: unknown[]) => Promise<boolean>; close(): void }> };
  const { serveWeb } = (await import(SERVE_WEB)) as { serveWeb: (o: object) => Promise<Server> };
  const ingest = await startWebIngest({ dataDir: join(dir, 'host'), env: { XIAOER_INGEST_PORT: '0' } });
  const sync = await startWebSync({ dataDir: join(dir, 'host') });
  service = ingest.service;
  closeSync = sync.close;
  web = await serveWeb({ root: join(dir, 'dist'), port: 0, api: async (...a: unknown[]) => (await ingest.handle(...a)) || sync.handle(...a) });
  webPort = (web.address() as { port: number }).port;
  ingestPort = Number(new URL(service.info().url).port);
  cookie = await pageCookie(webPort);
  // One accepted event waits, so a forged ack or pull would have something to take.
  const seeded = await rawRequest(ingestPort, { method: 'POST', path: '/v1/events', headers: { Authorization: `Bearer ${service.info().token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ events: [event()] }) });
  expect(seeded).toBe(202);
}, 120_000);

afterAll(async () => {
  closeSync();
  web.close();
  await service.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The ingest endpoint's bad requests: no/wrong token, web-page headers, wrong types, bad bytes and events. */
function ingestAbuse(token: string): [string, RawRequest][] {
  const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const post = (body: unknown, headers: Record<string, string> = auth): RawRequest => ({ method: 'POST', path: '/v1/events', headers, body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) });
  const good = { events: [event({ eventId: 'never-1' })] };
  const badEvents: [string, unknown][] = [
    ['NUL in a message', event({ eventId: 'x1', text: '在\u0000吗' })],
    ['U+FFFD in a nick', event({ eventId: 'x2', buyerNick: '\uFFFD€' })],
    ['a nick of invisible characters', event({ eventId: 'x3', buyerNick: '\u202E\u200B' })],
    ['orderNo as a number', { eventId: 'x4', type: 'order.paid', shopId: SHOP, at: 1, orderNo: Number('3920118822334455667') }],
    ['an unknown field', event({ eventId: 'x5', admin: true })],
    ['__proto__ pollution', JSON.parse(`{"eventId":"x6","type":"buyer.message","shopId":"${SHOP}","at":1,"buyerNick":"a","text":"b","__proto__":{"polluted":1}}`)],
    ['an unknown type', event({ eventId: 'x7', type: 'order.deleted' })],
    ['an eventId with a slash', event({ eventId: '../../etc' })],
    ['an eventId of 61 characters', event({ eventId: 'e'.repeat(61) })],
    ['a negative time', event({ eventId: 'x8', at: -1 })],
    ['a text over 5000 characters', event({ eventId: 'x9', text: '长'.repeat(5001) })],
    ['an empty text', event({ eventId: 'x10', text: '   ' })],
    ['a float amount', { eventId: 'x11', type: 'order.created', shopId: SHOP, at: 1, orderNo: '3920118822334455667', buyerNick: 'a', items: [{ title: 't', qty: 1, priceFen: 1.5 }], totalFen: 1, createdAt: 1 }],
    ['a script tag as a tracking number', { eventId: 'x12', type: 'order.shipped', shopId: SHOP, at: 1, orderNo: '3920118822334455667', carrier: 'SF', trackingNo: '<script>' }],
    ['a null event', null],
    ['an array event', [event()]],
  ];
  return [
    ['no token', post(good, { 'Content-Type': 'application/json' })],
    ['a wrong token', post(good, { ...auth, Authorization: `Bearer ${'0'.repeat(64)}` })],
    ['a token one character short', post(good, { ...auth, Authorization: `Bearer ${token.slice(1)}` })],
    ['Basic auth', post(good, { ...auth, Authorization: `Basic ${Buffer.from(`x:${token}`).toString('base64')}` })],
    ['an Origin header', post(good, { ...auth, Origin: 'https://evil.example' })],
    ['an Origin of the host itself', post(good, { ...auth, Origin: `http://127.0.0.1:${ingestPort}` })],
    ['Sec-Fetch-Site: cross-site', post(good, { ...auth, 'Sec-Fetch-Site': 'cross-site' })],
    ['Sec-Fetch-Site: same-origin', post(good, { ...auth, 'Sec-Fetch-Site': 'same-origin' })],
    ['a rebinding Host', post(good, { ...auth, Host: 'evil.example' })],
    ['Host of another port', post(good, { ...auth, Host: '127.0.0.1:1' })],
    ['text/plain', post(good, { ...auth, 'Content-Type': 'text/plain' })],
    ['a form', post('events=1', { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' })],
    ['multipart', post('--x--', { ...auth, 'Content-Type': 'multipart/form-data; boundary=x' })],
    ['JSON in latin1', post(good, { ...auth, 'Content-Type': 'application/json; charset=latin1' })],
    ['not JSON', post('{"events": [')],
    ['an empty body', post('')],
    ['invalid UTF-8 bytes', post(Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x7d]))],
    ['GBK bytes', post(Buffer.from([0x7b, 0x22, 0xd0, 0xa1, 0x22, 0x3a, 0x31, 0x7d]))],
    ['a declared 2 GB body', { method: 'POST', path: '/v1/events', headers: { ...auth, 'Content-Length': '2147483648' } }],
    ['a body over 1 MB', post(`{"events":[],"pad":"${'x'.repeat(1_100_000)}"}`)],
    ['a bare array', post([event()])],
    ['an extra top-level field', post({ events: [event({ eventId: 'never-2' })], shop: SHOP })],
    ['an empty batch', post({ events: [] })],
    ['501 events', post({ events: Array.from({ length: 501 }, (_, i) => event({ eventId: `bulk-${i}` })) })],
    ['events as an object', post({ events: { 0: event() } })],
    ['a 10 000-deep nesting', post(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)],
    ...badEvents.map(([name, e]): [string, RawRequest] => [`an event with ${name}`, post({ events: [e] })]),
    ['GET on /v1/events', { method: 'GET', path: '/v1/events', headers: auth }],
    ['PUT on /v1/events', { ...post(good), method: 'PUT' }],
    ['DELETE on /v1/events', { method: 'DELETE', path: '/v1/events', headers: auth }],
    ['POST on /v1/health', { ...post(good), path: '/v1/health' }],
    ['an unknown path', { ...post(good), path: '/v1/events/../admin' }],
    ['a traversal path', { method: 'GET', path: '/..%2f..%2fetc%2fpasswd' }],
    ['an undecodable path', { method: 'GET', path: '/%c0' }],
    ['a path of 64 KB', { method: 'GET', path: `/${'a'.repeat(65_536)}` }],
    ['a header of 64 KB', post(good, { ...auth, 'X-Pad': 'a'.repeat(65_536) })],
    ['garbage instead of HTTP', { path: '', bytes: Buffer.from('\u0000\u0001\u0002 not http\r\n\r\n') }],
    ['an HTTP/0.9 line', { path: '', bytes: Buffer.from('GET /\r\n\r\n') }],
  ];
}

/** The browser host's bad requests: /__host/* without the page's secret (whatever the headers), bad bodies with it, bad paths. */
function hostAbuse(journalId: string): [string, RawRequest][] {
  const same = { Origin: `http://127.0.0.1:${webPort}`, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' };
  const profile = { 'X-Xiaoer-Profile': 'abcdefgh-0000-4000-8000-000000000001' };
  const routes: [string, string, unknown][] = [
    ['GET', '/__host/ingest/info', undefined],
    ['POST', '/__host/ingest/pull', { afterSeq: 0, journalId: null }],
    ['POST', '/__host/ingest/ack', { journalId, upToSeq: 99 }],
    ['POST', '/__host/ingest/regenerate-token', {}],
    ['GET', '/__host/sync/status', undefined],
    ['POST', '/__host/sync/join', { serverUrl: 'http://127.0.0.1:1', code: 'ABCD-EFGH', deviceName: 'x' }],
    ['POST', '/__host/sync/leave', {}],
    ['GET', '/__host/sync/events', undefined],
  ];
  const forged: [string, Record<string, string>][] = [
    ['no headers at all', {}],
    ['same-origin headers', same],
    ['a wrong secret', { ...same, Cookie: `xiaoer_host=${'0'.repeat(64)}` }],
    ['the secret of another name', { ...same, Cookie: `other=${cookie.split('=')[1]}` }],
    ['an empty secret', { ...same, Cookie: 'xiaoer_host=' }],
  ];
  const withoutSecret = routes.flatMap(([method, path, body]) => forged.map(([how, headers]): [string, RawRequest] => [
    `${method} ${path} with ${how}`,
    { method, path, headers: { ...headers, ...profile }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
  ]));
  const withSecret = { ...same, Cookie: cookie, ...profile };
  const post = (path: string, body: string, headers: Record<string, string> = withSecret): RawRequest => ({ method: 'POST', path, headers, body });
  return [
    ...withoutSecret,
    ['an ack with a negative seq', post('/__host/ingest/ack', `{"journalId":"${journalId}","upToSeq":-1}`)],
    ['an ack with a fractional seq', post('/__host/ingest/ack', `{"journalId":"${journalId}","upToSeq":1.5}`)],
    ['an ack without journalId', post('/__host/ingest/ack', '{"upToSeq":1}')],
    ['an ack with a 65-character journalId', post('/__host/ingest/ack', `{"journalId":"${'j'.repeat(65)}","upToSeq":1}`)],
    ['a pull that is not JSON', post('/__host/ingest/pull', '{"afterSeq":')],
    ['a pull over 4 KB', post('/__host/ingest/pull', `{"afterSeq":0,"journalId":null,"pad":"${'x'.repeat(5000)}"}`)],
    ['a regenerate as text/plain', post('/__host/ingest/regenerate-token', '{}', { ...withSecret, 'Content-Type': 'text/plain' })],
    ['a regenerate from another site with the cookie', post('/__host/ingest/regenerate-token', '{}', { ...withSecret, Origin: 'https://evil.example' })],
    ['a rebinding Host with the cookie', { method: 'GET', path: '/__host/ingest/info', headers: { ...withSecret, Host: 'evil.example' } }],
    ['an unknown ingest route', post('/__host/ingest/delete-journal', '{}')],
    ['GET of a POST route', { method: 'GET', path: '/__host/ingest/ack', headers: withSecret }],
    ['a sync call without profile', { method: 'GET', path: '/__host/sync/status', headers: { ...same, Cookie: cookie } }],
    ['a sync profile with a traversal', { method: 'GET', path: '/__host/sync/status', headers: { ...withSecret, 'X-Xiaoer-Profile': '../../../../etc' } }],
    ['a join with an ftp address', post('/__host/sync/join', '{"serverUrl":"ftp://x","code":"ABCD-EFGH","deviceName":"x"}')],
    ['a join with an unknown field', post('/__host/sync/join', '{"serverUrl":"http://127.0.0.1:1","code":"ABCD-EFGH","deviceName":"x","admin":true}')],
    ['a push of a string', post('/__host/sync/push', '{"mutations":"all"}')],
    ['a pull with a negative cursor', post('/__host/sync/pull', '{"cursor":-1,"limit":10}')],
    ['an unknown host route', { method: 'GET', path: '/__host/admin', headers: withSecret }],
    ['GET /%c0', { method: 'GET', path: '/%c0' }],
    ['GET /%', { method: 'GET', path: '/%' }],
    ['GET /assets/%E0%A4%A', { method: 'GET', path: '/assets/%E0%A4%A' }],
    ['GET /%00', { method: 'GET', path: '/%00' }],
    ['a sibling folder through ..%2f', { method: 'GET', path: '/..%2fdist-sibling%2fsecret.txt' }],
    ['garbage instead of HTTP', { path: '', bytes: Buffer.from('\u0000\u0001 x\r\n\r\n') }],
  ];
}

describe('the abuse suite: ingest endpoint and browser host', () => {
  it('refuses every bad request, writes nothing for any of them, and both servers stay up', async () => {
    const before = service.info();
    const syncDir = join(dir, 'host', 'sync');
    const profilesBefore = fs.existsSync(syncDir) ? fs.readdirSync(syncDir) : [];
    const ingestTally = new AbuseTally('ingest endpoint');
    for (const [name, r] of ingestAbuse(before.token)) ingestTally.count(name, await rawRequest(ingestPort, r));
    const hostTally = new AbuseTally('browser host routes');
    for (const [name, r] of hostAbuse(before.journalId)) hostTally.count(name, await rawRequest(webPort, r));

    const after = service.info();
    const profilesAfter = fs.existsSync(syncDir) ? fs.readdirSync(syncDir).filter((p) => !profilesBefore.includes(p) && fs.readdirSync(join(syncDir, p)).length > 0) : [];
    // Writes a refused request could have made: a journaled event, an ack, a new token, an enrolment.
    const ingestWritten = after.lastSeq - before.lastSeq;
    const hostWritten = (after.pending === before.pending ? 0 : 1) + (after.token === before.token ? 0 : 1) + profilesAfter.length;
    const ingestUp = (await rawRequest(ingestPort, { method: 'GET', path: '/v1/health' })) === 200;
    const hostUp = (await rawRequest(webPort, { method: 'GET', path: '/' })) === 200;
    console.log(ingestTally.line(ingestWritten, ingestUp));
    console.log(hostTally.line(hostWritten, hostUp));

    expect(ingestTally.tried + hostTally.tried).toBeGreaterThanOrEqual(100);
    expect([...ingestTally.accepted, ...hostTally.accepted]).toEqual([]);
    expect(ingestTally.unreachable + hostTally.unreachable).toBe(0);
    expect({ ingestWritten, hostWritten, ingestUp, hostUp }).toEqual({ ingestWritten: 0, hostWritten: 0, ingestUp: true, hostUp: true });
    expect(after.pending).toBe(1);
  }, 120_000);
});
