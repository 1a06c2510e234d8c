import type { IncomingMessage } from 'node:http';
import type pg from 'pg';
import { mayReceiveFull } from '@shared/domain/team';
import { ClaimRequest, CreateAccountRequest, PresenceRequest, ReleaseRequest, RevealPolicy, RevealRequest, RevokeRequest, SignInRequest } from '@shared/schemas/teamAccounts';
import { AccountExistsError, createAccount, listAccounts, teamHasAccounts } from '../accounts/accounts';
import { teamOverview, setPresence } from '../accounts/presence';
import { endSession, revokeAccountSessions, sessionFor, signIn, type Session } from '../accounts/sessions';
import { liveClaims, releaseClaim, takeClaim } from '../claims/claims';
import { auditReveal, fullValue, readReveals, revealRoles, setRevealRoles } from '../accounts/reveals';
import type { Device } from '../enrol/enrol';
import { readJson } from './body';
import { HttpError, sendJson } from './respond';
import { parse, type Handler } from './parse';

export interface TeamRouteDeps {
  db: pg.Pool;
  now: () => number;
  bodyLimit?: number;
  /** The device's bearer token checked (before any body is read). */
  authenticate(req: IncomingMessage): Promise<Device>;
}

/** The header that carries the signed-in account's session token beside the device's bearer token. */
export const SESSION_HEADER = 'x-xiaoer-session';

const SESSION_REASONS = {
  no_session: 'sign in first: this needs a signed-in account',
  wrong_session: 'that session was not opened on this device',
  session_expired: 'the session has expired; sign in again',
  session_revoked: 'the session was ended; sign in again',
} as const;

/** The session of the request, opened on this device; 401 with the reason otherwise. */
export async function requireSession(db: pg.Pool, req: IncomingMessage, device: Device, now: number): Promise<Session> {
  const raw = req.headers[SESSION_HEADER];
  const token = typeof raw === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(raw) ? raw : null;
  const found = token ? await sessionFor(db, device, token, now) : 'no_session';
  if (typeof found === 'string') throw new HttpError(401, found, SESSION_REASONS[found]);
  return found;
}

/**
 * The session when the team has accounts; null for a team without any (it runs as part 1 did).
 * Once a team has an account, every write needs one.
 */
export async function sessionIfTeamHasAccounts(db: pg.Pool, req: IncomingMessage, device: Device, now: number): Promise<Session | null> {
  if (!(await teamHasAccounts(db, device.teamId))) return null;
  return requireSession(db, req, device, now);
}

/** The request's session if it carries a live one opened on this device; null otherwise (never a refusal). */
export async function sessionIfAny(db: pg.Pool, req: IncomingMessage, device: Device, now: number): Promise<Session | null> {
  const raw = req.headers[SESSION_HEADER];
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(raw)) return null;
  const found = await sessionFor(db, device, raw, now);
  return typeof found === 'string' ? null : found;
}

const SUPERVISOR_ONLY = { accounts: 'only a supervisor manages accounts', team: 'only a supervisor sees the team', log: 'only a supervisor reads this log', settings: 'only a supervisor changes team settings' } as const;
function requireSupervisor(s: Session, what: keyof typeof SUPERVISOR_ONLY): void {
  if (s.account.role !== 'supervisor') throw new HttpError(403, 'supervisor_only', SUPERVISOR_ONLY[what]);
}


/** Accounts, sessions, claims, presence and the supervisor's views (docs/team.md, part 2). */
export function teamRoutes(deps: TeamRouteDeps): Record<string, Partial<Record<string, Handler>>> {
  const { db, now } = deps;
  const body = <T>(schema: Parameters<typeof parse<T>>[0], req: IncomingMessage) => readJson(req, deps.bodyLimit).then((v) => parse(schema, v));
  const signedIn = async (req: IncomingMessage) => {
    const device = await deps.authenticate(req);
    return { device, session: await requireSession(db, req, device, now()) };
  };
  const deviceName = async (id: string) => (await db.query<{ name: string }>('SELECT name FROM devices WHERE id = $1', [id])).rows[0]?.name ?? '';

  return {
    '/v1/sessions': {
      POST: async (req, res) => {
        const device = await deps.authenticate(req);
        const input = await body(SignInRequest, req);
        const out = await signIn(db, device, input, now());
        if (out.ok) {
          sendJson(res, 201, out.value);
          return { device: device.id };
        }
        if (out.retryAfterMs !== null) res.setHeader('retry-after', String(Math.ceil(out.retryAfterMs / 1000)));
        if (out.code === 'bad_credentials') throw new HttpError(401, 'bad_credentials', 'the 工号 or the password is wrong');
        if (out.code === 'locked_out') throw new HttpError(429, 'locked_out', 'too many wrong passwords: this account is locked for a while');
        throw new HttpError(429, 'rate_limited', 'too many failed sign-ins from this device: wait and try again');
      },
    },
    /** Whether this team signs in with accounts (a team without any runs as part 1): the PC shows its sign-in or not. */
    '/v1/sessions/policy': {
      GET: async (req, res) => {
        const device = await deps.authenticate(req);
        sendJson(res, 200, { accounts: await teamHasAccounts(db, device.teamId) });
        return { device: device.id };
      },
    },
    '/v1/sessions/current': {
      GET: async (req, res) => {
        const { device, session } = await signedIn(req);
        sendJson(res, 200, { account: session.account });
        return { device: device.id };
      },
      DELETE: async (req, res) => {
        const { device, session } = await signedIn(req);
        await endSession(db, session.id, now());
        sendJson(res, 200, { ok: true });
        return { device: device.id };
      },
    },
    '/v1/accounts': {
      GET: async (req, res) => {
        const { device, session } = await signedIn(req);
        requireSupervisor(session, 'accounts');
        sendJson(res, 200, { accounts: await listAccounts(db, device.teamId, now()) });
        return { device: device.id };
      },
      POST: async (req, res) => {
        const { device, session } = await signedIn(req);
        requireSupervisor(session, 'accounts');
        const input = await body(CreateAccountRequest, req);
        try {
          sendJson(res, 201, await createAccount(db, device.teamId, input, now()));
        } catch (e) {
          if (e instanceof AccountExistsError) throw new HttpError(409, 'account_exists', e.message, 'employeeNo');
          throw e;
        }
        return { device: device.id };
      },
    },
    '/v1/accounts/revoke-sessions': {
      POST: async (req, res) => {
        const { device, session } = await signedIn(req);
        requireSupervisor(session, 'accounts');
        const { agentId } = await body(RevokeRequest, req);
        const known = await db.query('SELECT 1 FROM accounts WHERE team_id = $1 AND id = $2', [device.teamId, agentId]);
        if (!known.rowCount) throw new HttpError(404, 'unknown_account', 'no such account in this team', 'agentId');
        sendJson(res, 200, { revoked: await revokeAccountSessions(db, device.teamId, agentId, now()) });
        return { device: device.id };
      },
    },
    '/v1/claims': {
      POST: async (req, res) => {
        const { device, session } = await signedIn(req);
        const input = await body(ClaimRequest, req);
        const out = await takeClaim(db, session, await deviceName(device.id), input, now());
        if (out.ok) sendJson(res, 200, { claim: out.claim, renewed: out.renewed });
        else sendJson(res, 409, { problem: { code: 'claimed', field: 'target', reason: `${out.holder.agentName} is on it` }, holder: out.holder });
        return { device: device.id };
      },
    },
    '/v1/claims/release': {
      POST: async (req, res) => {
        const { device, session } = await signedIn(req);
        const input = await body(ReleaseRequest, req);
        if (!(await releaseClaim(db, session, input.kind, input.target, now()))) throw new HttpError(409, 'claimed', 'another agent holds it', 'target');
        sendJson(res, 200, { ok: true });
        return { device: device.id };
      },
    },
    '/v1/presence': {
      POST: async (req, res) => {
        const { device, session } = await signedIn(req);
        const input = await body(PresenceRequest, req);
        await setPresence(db, session, input.state, now());
        sendJson(res, 200, { ok: true });
        return { device: device.id };
      },
    },
    '/v1/team': {
      GET: async (req, res) => {
        const { device, session } = await signedIn(req);
        requireSupervisor(session, 'team');
        sendJson(res, 200, { ...(await teamOverview(db, device.teamId, now())), claims: await liveClaims(db, device.teamId, now()) });
        return { device: device.id };
      },
    },
    '/v1/conflicts': {
      GET: async (req, res) => {
        const { device, session } = await signedIn(req);
        requireSupervisor(session, 'log');
        const { rows } = await db.query('SELECT tbl, record_id, field, rule, lost_value, winning_value, lost_device, winning_device, at FROM conflicts WHERE team_id = $1 ORDER BY id DESC LIMIT 500', [device.teamId]);
        sendJson(res, 200, { conflicts: rows });
        return { device: device.id };
      },
    },
    /** Which roles receive full phone/address: every signed-in PC may ask (it offers a reveal or not); a supervisor sets it. */
    '/v1/team/reveal-policy': {
      GET: async (req, res) => {
        const { device } = await signedIn(req);
        sendJson(res, 200, { roles: await revealRoles(db, device.teamId) });
        return { device: device.id };
      },
      PUT: async (req, res) => {
        const { device, session } = await signedIn(req);
        requireSupervisor(session, 'settings');
        const input = await body(RevealPolicy, req);
        sendJson(res, 200, { roles: await setRevealRoles(db, device.teamId, input.roles) });
        return { device: device.id };
      },
    },
    '/v1/reveals': {
      GET: async (req, res) => {
        const { device, session } = await signedIn(req);
        requireSupervisor(session, 'log');
        sendJson(res, 200, { reveals: await readReveals(db, device.teamId) });
        return { device: device.id };
      },
      /** A reveal asked of the server: refused to a role the shop does not allow, else audited and answered with the full value. */
      POST: async (req, res) => {
        const { device, session } = await signedIn(req);
        const input = await body(RevealRequest, req);
        if (!mayReceiveFull(session.account.role, await revealRoles(db, device.teamId))) {
          throw new HttpError(403, 'reveal_not_allowed', 'this shop shows full phone numbers and addresses to other roles only', 'field');
        }
        await auditReveal(db, session, { table: input.table, id: input.id, field: input.field, reason: input.reason, pcAt: now(), auditId: null });
        sendJson(res, 201, { ok: true, value: await fullValue(db, device.teamId, input.table, input.id, input.field) });
        return { device: device.id };
      },
    },
  };
}
