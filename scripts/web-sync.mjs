// The browser host's half of team sync: runs the SAME module as Electron main
// (electron/main/sync, bundled by build-main-module.mjs) and lets the page call it same-origin
// under /__host/sync/*. Each page profile is its own PC: the page keeps a random profile id in
// its storage and names it on every call, and its enrolment (with the token, which never
// reaches the page) lives in <data>/sync/<profile>/ — so two browser profiles are two devices.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildMainModule } from './build-main-module.mjs';
import { answerHostCall, json, sameOrigin } from './web-host-routes.mjs';

const PREFIX = '/__host/sync/';
/** A push is at most 500 mutations; the shop server itself takes at most 1 MB. */
const MAX_BODY = 4 * 1024 * 1024;
const PROFILE = /^[A-Za-z0-9-]{8,64}$/;

export const buildSync = (outDir) => buildMainModule('sync', 'electron/main/sync/index.ts', outDir);

const CALLS = {
  'GET status': { channel: 'sync:status', run: (s) => s.status() },
  'POST join': { channel: 'sync:join', run: (s, input) => s.join(input) },
  'POST leave': { channel: 'sync:leave', run: (s) => s.leave() },
  'POST push': { channel: 'sync:push', run: (s, input) => s.push(input.mutations) },
  'POST pull': { channel: 'sync:pull', run: (s, input) => s.pull(input.cursor, input.limit) },
  'GET account': { channel: 'account:status', run: (s) => s.account.status() },
  'POST account/sign-in': { channel: 'account:signIn', run: (s, input) => s.account.signIn(input) },
  'POST account/sign-out': { channel: 'account:signOut', run: (s) => s.account.signOut() },
  'POST claims': { channel: 'claims:take', run: (s, input) => s.account.claim(input) },
  'GET team': { channel: 'team:overview', run: (s) => s.account.team() },
  'POST team/accounts': { channel: 'team:createAccount', run: (s, input) => s.account.createAccount(input) },
  'POST team/presence': { channel: 'team:presence', run: (s, input) => s.account.presence(input.state) },
  'POST team/reveals': { channel: 'team:reveals', run: (s, input) => s.account.reveals(input.setRoles) },
  'GET team/devices': { channel: 'team:devices', run: (s) => s.account.devices() },
  'POST team/devices/revoke': { channel: 'team:revokeDevice', run: (s, input) => s.account.revokeDevice(input.deviceId) },
  'POST team/enrol-codes': { channel: 'team:enrolCode', run: (s, input) => s.account.enrolCode(input.ttlHours) },
};

export async function startWebSync({ dataDir = process.env.XIAOER_DATA_DIR ?? path.join(os.homedir(), '.xiaoer-desk', 'browser-host') } = {}) {
  const mod = await import(pathToFileURL(await buildSync()).href);
  const services = new Map();
  const serviceFor = (profile) => {
    let s = services.get(profile);
    if (!s) {
      s = mod.createSyncService({ dir: path.join(dataDir, 'sync', profile), warn: (m) => console.warn(`[sync] ${m}`) });
      services.set(profile, s);
    }
    return s;
  };

  /** The live poke as server-sent events to the page, for as long as it listens. */
  const events = (req, res, service) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.write('retry: 1000\n\n');
    const stop = service.watch((poke) => res.write(`data: ${JSON.stringify(poke)}\n\n`));
    const beat = setInterval(() => res.write(': ping\n\n'), 25_000);
    res.on('close', () => {
      clearInterval(beat);
      stop();
    });
  };

  /** Handles /__host/sync/* for the web server on `port`; false for any other path. */
  const handle = async (req, res, port) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PREFIX)) return false;
    if (!sameOrigin(req, port)) { json(res, 403, { error: 'same-origin requests only' }); return true; }
    const profile = req.headers['x-xiaoer-profile'] ?? url.searchParams.get('profile') ?? '';
    if (typeof profile !== 'string' || !PROFILE.test(profile)) { json(res, 400, { error: 'profile: 8–64 letters, digits or -' }); return true; }
    const service = serviceFor(profile);
    const route = `${req.method} ${url.pathname.slice(PREFIX.length)}`;
    if (route === 'GET events') { events(req, res, service); return true; }
    return answerHostCall(req, res, { calls: CALLS, route, mod, target: () => service, maxBody: MAX_BODY });
  };
  return { handle, close: () => { for (const s of services.values()) s.close(); } };
}
