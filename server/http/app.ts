import type { IncomingMessage, ServerResponse } from 'node:http';
import type pg from 'pg';
import { EnrolCodeRequest, EnrollRequest, PushRequest, RevokeDeviceRequest } from '@shared/schemas/sync';
import { listDevices, revokeDevice } from '../enrol/devices';
import { deviceForToken, enrol, issueEnrolCode, teamById, type Device } from '../enrol/enrol';
import type { Logger } from '../log';
import type { VersionFeed } from '../sync/feed';
import { CursorAheadError, MAX_PULL_LIMIT, pull, pullJson } from '../sync/pull';
import { push } from '../sync/push';
import { readJson } from './body';
import { HttpError, sendJson, sendJsonText, sendProblem } from './respond';
import { openEventStream } from './events';
import { parse, type Handler } from './parse';
import { requireSession, sessionIfAny, sessionIfTeamHasAccounts, teamRoutes } from './teamRoutes';
import { auditPushedReveals, revealRoles } from '../accounts/reveals';
import { mayReceiveFull, withoutFullContact } from '@shared/domain/team';
import { teamAccountIds, teamHasAccounts } from '../accounts/accounts';

export interface AppDeps {
  db: pg.Pool;
  /**
   * Whether the request may list and revoke the team's devices. By default: a supervisor signed
   * in on the asking device (accounts, part 2); tests may put another rule here. The command
   * line always can.
   */
  canManageDevices?: (req: IncomingMessage, device: Device) => Promise<boolean>;
  /** The SHA-256 fingerprint of the certificate the server answers with (enrolment codes carry it); null on plain HTTP. */
  certFingerprint?: string | null;
  feed: VersionFeed;
  log: Logger;
  now?: () => number;
  bodyLimit?: number;
}

export interface App {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Ends the open event streams (shutdown). */
  closeStreams(): void;
}

/** The HTTP API (docs/team.md): plain node:http, one handler per route, one problem shape. */
export function createApp(deps: AppDeps): App {
  const now = deps.now ?? Date.now;
  const streams = new Set<() => void>();

  /** Every request but health and enrolment: the device's token first (before reading any body), then its team. */
  const authenticate = async (req: IncomingMessage): Promise<Device> => {
    const m = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '');
    const device = m?.[1] ? await deviceForToken(deps.db, m[1]) : null;
    if (!device) throw new HttpError(401, 'unauthorized', 'a device token from enrolment is required');
    // Said as such, so the PC tells its agent and stops trying (it must join again with a new code).
    if (device.revoked) throw new HttpError(401, 'device_revoked', 'this device was revoked by the shop; join again with a new code');
    return device;
  };
  const checkTeam = (device: Device, team: string | null): void => {
    if (team !== device.teamId) throw new HttpError(403, 'wrong_team', 'this device is not enrolled in that team', 'team');
  };
  const authed = async (req: IncomingMessage, url: URL): Promise<Device> => {
    const device = await authenticate(req);
    checkTeam(device, url.searchParams.get('team'));
    return device;
  };
  const signedInSupervisor = async (req: IncomingMessage, device: Device): Promise<boolean> => {
    try {
      return (await requireSession(deps.db, req, device, now())).account.role === 'supervisor';
    } catch (e) {
      if (e instanceof HttpError) return false;
      throw e;
    }
  };
  const manager = async (device: Device, req: IncomingMessage): Promise<void> => {
    if (!(await (deps.canManageDevices ?? signedInSupervisor)(req, device))) throw new HttpError(403, 'supervisor_only', 'only a supervisor signed in on this PC manages the team’s devices and enrolment codes');
  };

  /** Full phone/address go only to the roles the shop allows (issue 13 §6); a team without accounts runs as part 1 (every PC). */
  const receivesFull = async (device: Device, session: { account: { role: 'agent' | 'supervisor' } } | null): Promise<boolean> =>
    !(await teamHasAccounts(deps.db, device.teamId)) || mayReceiveFull(session?.account.role ?? null, await revealRoles(deps.db, device.teamId));

  const routes: Record<string, Partial<Record<string, Handler>>> = {
    ...teamRoutes({ db: deps.db, now, authenticate, ...(deps.bodyLimit ? { bodyLimit: deps.bodyLimit } : {}) }),
    '/v1/health': {
      GET: async (_req, res) => {
        await deps.db.query('SELECT 1');
        sendJson(res, 200, { ok: true, time: now() });
      },
    },
    '/v1/enroll': {
      POST: async (req, res) => {
        const body = parse(EnrollRequest, await readJson(req, deps.bodyLimit));
        const done = await enrol(deps.db, body.code, body.name ?? 'PC');
        if (!done) throw new HttpError(403, 'bad_code', 'the code is wrong, used or expired', 'code');
        sendJson(res, 201, done);
        return { device: done.deviceId };
      },
    },
    '/v1/sync/push': {
      POST: async (req, res) => {
        const device = await authenticate(req);
        const body = parse(PushRequest, await readJson(req, deps.bodyLimit));
        checkTeam(device, body.team);
        const foreign = body.mutations.find((m) => m.deviceId !== device.id);
        if (foreign) throw new HttpError(403, 'wrong_device', `mutation ${foreign.mutationId} names another device`, 'deviceId');
        // Part 2: a team with accounts takes writes from a signed-in account only, as that account.
        const session = await sessionIfTeamHasAccounts(deps.db, req, device, now());
        const forged = session && body.mutations.find((m) => m.agentId !== session.account.agentId);
        if (forged) throw new HttpError(403, 'wrong_agent', `mutation ${forged.mutationId} names another agent than the one signed in`, 'agentId');
        const writer = session ? { agentId: session.account.agentId, role: session.account.role, teamAccounts: await teamAccountIds(deps.db, device.teamId) } : undefined;
        const answer = await push(deps.db, { teamId: device.teamId, deviceId: device.id, now, ...(writer ? { writer } : {}) }, body.mutations);
        // Reveals made on the PC reach the server's audit with the work they came with (issue 13 §6).
        if (session) await auditPushedReveals(deps.db, session, body.mutations, new Set(answer.results.filter((r) => r.result.status === 'applied').map((r) => r.result.mutationId)));
        // The merged rows it answers with follow the same rule as a pull.
        sendJson(res, 200, (await receivesFull(device, session)) ? answer : { ...answer, results: answer.results.map((r) => (r.row ? { ...r, row: { ...r.row, fields: withoutFullContact(r.row.table, r.row.fields) } } : r)) });
        return { device: device.id };
      },
    },
    '/v1/sync/pull': {
      GET: async (req, res, url) => {
        const device = await authed(req, url);
        const cursor = intParam(url, 'cursor', 0, Number.MAX_SAFE_INTEGER, 0);
        const limit = intParam(url, 'limit', 1, MAX_PULL_LIMIT, 500);
        try {
          // Full phone/address only to the roles the shop allows (a team without accounts: as part 1, to
          // every PC). Those get PostgreSQL's own JSON text; the rest a copy without the full contacts.
          const full = await receivesFull(device, await sessionIfAny(deps.db, req, device, now()));
          if (full) sendJsonText(res, 200, await pullJson(deps.db, device.teamId, cursor, limit));
          else {
            const page = await pull(deps.db, device.teamId, cursor, limit);
            sendJson(res, 200, { ...page, rows: page.rows.map((r) => ({ ...r, fields: withoutFullContact(r.table, r.fields) })) });
          }
        } catch (e) {
          if (e instanceof CursorAheadError) throw new HttpError(409, 'cursor_ahead', e.message, 'cursor');
          throw e;
        }
        return { device: device.id };
      },
    },
    '/v1/sync/events': {
      GET: async (req, res, url) => {
        const device = await authed(req, url);
        const readHead = async () => (await deps.db.query<{ version: number }>('SELECT version FROM teams WHERE id = $1', [device.teamId])).rows[0]?.version ?? 0;
        const close = openEventStream(req, res, deps.feed, device.teamId, readHead);
        streams.add(close);
        // Revoked while listening: the stream ends at once; the PC's reconnect is told why.
        const off = deps.feed.onRevoked(device.id, close);
        res.on('close', () => {
          streams.delete(close);
          off();
        });
        return { device: device.id };
      },
    },
    '/v1/devices': {
      GET: async (req, res, url) => {
        const device = await authed(req, url);
        await manager(device, req);
        sendJson(res, 200, { devices: await listDevices(deps.db, device.teamId) });
        return { device: device.id };
      },
    },
    '/v1/enroll-codes': {
      POST: async (req, res) => {
        const device = await authenticate(req);
        const body = parse(EnrolCodeRequest, await readJson(req, deps.bodyLimit));
        checkTeam(device, body.team);
        await manager(device, req);
        const team = await teamById(deps.db, device.teamId);
        if (!team) throw new HttpError(404, 'not_found', 'no such team', 'team');
        // The command line's code path: one-time, hashed, expiring, with this server's fingerprint.
        const made = await issueEnrolCode(deps.db, team, (body.ttlHours ?? 24) * 3_600_000, deps.certFingerprint ?? null);
        sendJson(res, 201, { code: made.code, team: made.team, expiresAt: made.expiresAt.getTime() });
        // The code itself is never logged (it enrols a PC until it is used).
        deps.log.info('enrolment code made', { team: team.id, by: device.id, expiresAt: made.expiresAt.toISOString() });
        return { device: device.id };
      },
    },
    '/v1/devices/revoke': {
      POST: async (req, res) => {
        const device = await authenticate(req);
        const body = parse(RevokeDeviceRequest, await readJson(req, deps.bodyLimit));
        checkTeam(device, body.team);
        await manager(device, req);
        const outcome = await revokeDevice(deps.db, device.teamId, body.deviceId, `device:${device.id}`);
        if (outcome === 'not_found') throw new HttpError(404, 'not_found', 'no such device in this team', 'deviceId');
        sendJson(res, 200, { deviceId: body.deviceId, outcome });
        deps.log.info('device revoked', { device: body.deviceId, by: device.id, outcome });
        return { device: device.id };
      },
    },
  };

  return {
    handle(req, res) {
      const started = performance.now();
      const url = new URL(req.url ?? '/', 'http://server');
      const route = routes[url.pathname];
      const handler = route?.[req.method ?? 'GET'];
      const finish = (out: { device?: string } | void) =>
        deps.log.info('request', { method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started), ...(out?.device ? { device: out.device } : {}) });
      const run = handler ? handler(req, res, url) : Promise.reject(route ? new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here`) : new HttpError(404, 'not_found', 'no such endpoint'));
      run.then(finish, (e: unknown) => {
        if (res.headersSent) {
          res.destroy();
        } else if (e instanceof HttpError) {
          if (e.status === 413) res.setHeader('connection', 'close');
          sendProblem(res, e);
        } else {
          deps.log.error('request failed', { path: url.pathname, err: e });
          sendProblem(res, new HttpError(500, 'server_error', 'the server could not do that; try again'));
        }
        // Drop what is left of a refused body; the client reads the answer.
        req.resume();
        finish();
      });
    },
    closeStreams() {
      for (const close of streams) close();
      streams.clear();
    },
  };
}

function intParam(url: URL, name: string, min: number, max: number, fallback: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(400, 'invalid_request', `${name} must be an integer from ${min} to ${max}`, name);
  return n;
}
