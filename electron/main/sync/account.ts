import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CreateAccountRequest} from '@shared/schemas/teamAccounts';
import { DeviceList, EnrolCodeResponse, RevokeDeviceResponse } from '@shared/schemas/sync';
import { AccountView, ClaimRefusal, ClaimResponse, RevealAuditList, RevealPolicy, SignInResponse, TeamOverview } from '@shared/schemas/teamAccounts';
import type { AccountFailure, AccountSignInInput, AccountSignInOutcome, ClaimTakeOutcome, CreateAccountOutcome, HostAccount, HostAccountStatus, TeamOverviewOutcome, TeamPresenceOutcome, TeamRevealsOutcome, TeamDevicesOutcome, TeamEnrolCodeOutcome, TeamRevokeDeviceOutcome } from '@shared/schemas/syncHost';
import type { SyncCredentials } from './credentials';
import { requestJson, REQUEST_TIMEOUT_MS, type FetchLike } from './http';

/** The header the shop server reads the session from (server/http/teamRoutes.ts). */
export const SESSION_HEADER = 'x-xiaoer-session';
const VERIFIERS = 'accounts.json';

/** This PC's offline verifiers: per 工号, an scrypt hash of the password and the account it opened. */
const Verifiers = z.record(z.string(), z.object({ verifier: z.string(), account: AccountView }));
type Verifiers = z.infer<typeof Verifiers>;

const derive = (password: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (e, k) => (e ? reject(e) : resolve(k))));

async function makeVerifier(password: string): Promise<string> {
  const salt = randomBytes(16);
  return `${salt.toString('base64url')}$${(await derive(password, salt)).toString('base64url')}`;
}
async function checkVerifier(password: string, verifier: string): Promise<boolean> {
  const [salt, key] = verifier.split('$');
  if (!salt || !key) return false;
  const want = Buffer.from(key, 'base64url');
  const got = await derive(password, Buffer.from(salt, 'base64url'));
  return got.length === want.length && timingSafeEqual(got, want);
}

export interface AccountService {
  status(): Promise<HostAccountStatus>;
  signIn(input: AccountSignInInput): Promise<AccountSignInOutcome>;
  signOut(): Promise<HostAccountStatus>;
  /** The session header for a server call, signing in first after an offline sign-in; null: nobody signed in. */
  sessionHeaders(): Promise<Record<string, string> | null>;
  /** The signed-in agent (what pushed mutations are signed with). */
  agentId(): string | null;
  claim(input: { kind: 'conversation' | 'reminder' | 'review'; target: string; leaseMs?: number | undefined }): Promise<ClaimTakeOutcome>;
  team(): Promise<TeamOverviewOutcome>;
  createAccount(input: z.infer<typeof CreateAccountRequest>): Promise<CreateAccountOutcome>;
  /** The heartbeat: the signed-in agent's presence on this PC. */
  presence(state: 'online' | 'busy' | 'away'): Promise<TeamPresenceOutcome>;
  /** Supervisor: the roles that receive full phone/address (set first when given) and the reveal audit. */
  reveals(setRoles?: ('agent' | 'supervisor')[]): Promise<TeamRevealsOutcome>;
  /** Supervisor: the team's enrolled PCs and which one is this PC. */
  devices(): Promise<TeamDevicesOutcome>;
  /** Supervisor: cuts one PC off at once. */
  revokeDevice(deviceId: string): Promise<TeamRevokeDeviceOutcome>;
  /** Supervisor: a one-time enrolment code for one more PC (the server puts its certificate's fingerprint in it). */
  enrolCode(ttlHours?: number): Promise<TeamEnrolCodeOutcome>;
  /** The team was left: nobody is signed in any more. */
  forget(): void;
}

const accountFailure = (code: AccountFailure['code'], status: number | null, detail: string, retryAfterS: number | null = null): { ok: false; failure: AccountFailure } => ({
  ok: false,
  failure: { code, status, detail: detail.slice(0, 500), retryAfterS },
});

/** A server problem code the renderer has words for; anything else keeps the sync failure's kind. */
const SERVER_CODES = new Set<string>(['bad_credentials', 'locked_out', 'rate_limited', 'no_session', 'wrong_session', 'session_expired', 'session_revoked', 'claimed', 'supervisor_only', 'account_exists', 'not_found']);
function refine(f: { code: string; status: number | null; detail: string }): AccountFailure {
  const server = f.detail.split(':')[0] ?? '';
  const code = SERVER_CODES.has(server) ? (['wrong_session', 'session_expired', 'session_revoked'].includes(server) ? 'no_session' : server) : f.code;
  return { code: code as AccountFailure['code'], status: f.status, detail: f.detail.slice(0, 500), retryAfterS: null };
}

/**
 * The signed-in account of this PC (issue 13 §1): 工号 + password checked by the shop server,
 * the session token kept here (never in the page, never on disk), and an offline verifier per
 * 工号 that signed in here before (scrypt, in the PC's sync folder, mode 0600) so a shift can
 * start while the server is down. After an offline sign-in the password stays in memory only
 * until the server is reached and a real session is opened; the writes made meanwhile are
 * checked by the server when they go up.
 */
export function createAccountService(options: { dir: string; fetch: FetchLike; credentials: () => SyncCredentials | null }): AccountService {
  /** Whether the team signs in with accounts, as the server last said; offline: whether anyone signed in here before. */
  let required: boolean | null = null;
  let current: (HostAccount & { session: string | null; pendingPassword: string | null; employeeNo: string }) | null = null;
  const file = join(options.dir, VERIFIERS);

  const readVerifiers = (): Verifiers => {
    try {
      const parsed = Verifiers.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  const saveVerifier = async (employeeNo: string, password: string, account: AccountView): Promise<void> => {
    const all = { ...readVerifiers(), [employeeNo]: { verifier: await makeVerifier(password), account } };
    fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(all), { mode: 0o600 });
    fs.renameSync(`${file}.tmp`, file);
  };

  const online = async (c: SyncCredentials, input: AccountSignInInput) =>
    requestJson(options.fetch, `${c.serverUrl}/v1/sessions`, { method: 'POST', token: c.token, body: { employeeNo: input.employeeNo.trim(), password: input.password }, okStatus: 201, schema: SignInResponse });

  const headersOf = (c: SyncCredentials, session: string) => ({ authorization: `Bearer ${c.token}`, [SESSION_HEADER]: session, 'content-type': 'application/json', accept: 'application/json' });

  const service: AccountService = {
    async status() {
      const c = options.credentials();
      if (!c) return { signedIn: null, required: false };
      if (!current) {
        const answer = await requestJson(options.fetch, `${c.serverUrl}/v1/sessions/policy`, { method: 'GET', token: c.token, okStatus: 200, schema: z.object({ accounts: z.boolean() }) });
        required = answer.ok ? answer.value.accounts : (required ?? Object.keys(readVerifiers()).length > 0);
      }
      return { signedIn: current ? { account: current.account, offline: current.offline } : null, required: current !== null || required === true };
    },
    agentId: () => current?.account.agentId ?? null,
    async signIn(input) {
      const c = options.credentials();
      if (!c) return accountFailure('not_joined', null, 'this PC is in no team');
      const answer = await online(c, input);
      if (answer.ok) {
        const account = answer.value.account;
        current = { account, offline: false, session: answer.value.session, pendingPassword: null, employeeNo: input.employeeNo.trim() };
        required = true;
        await saveVerifier(input.employeeNo.trim(), input.password, account);
        return { ok: true, value: { account, offline: false } };
      }
      if (answer.failure.code !== 'offline') return { ok: false, failure: refine(answer.failure) };
      // The server cannot be reached: a 工号 that signed in here before may start its shift.
      const known = readVerifiers()[input.employeeNo.trim()];
      if (!known || !(await checkVerifier(input.password, known.verifier))) return accountFailure('offline', null, answer.failure.detail);
      current = { account: known.account, offline: true, session: null, pendingPassword: input.password, employeeNo: input.employeeNo.trim() };
      return { ok: true, value: { account: known.account, offline: true } };
    },
    async signOut() {
      const c = options.credentials();
      const was = current;
      current = null;
      if (c && was?.session) {
        await options.fetch(`${c.serverUrl}/v1/sessions/current`, { method: 'DELETE', headers: headersOf(c, was.session), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).catch(() => null);
      }
      return service.status();
    },
    async sessionHeaders() {
      const c = options.credentials();
      if (!c || !current) return null;
      if (!current.session && current.pendingPassword) {
        const answer = await online(c, { employeeNo: current.employeeNo, password: current.pendingPassword });
        if (answer.ok) {
          current = { ...current, session: answer.value.session, offline: false, pendingPassword: null };
        } else if (answer.failure.code !== 'offline') {
          // The password was changed or the account locked meanwhile: the agent signs in again.
          current = { ...current, pendingPassword: null };
        }
      }
      return current.session ? headersOf(c, current.session) : null;
    },
    async claim(input) {
      const c = options.credentials();
      const headers = await service.sessionHeaders();
      if (!c || !headers) return { kind: 'unchecked', failure: { code: current ? 'offline' : 'no_session', status: null, detail: 'no session with the server', retryAfterS: null } };
      let res: Response;
      try {
        res = await options.fetch(`${c.serverUrl}/v1/claims`, { method: 'POST', headers, body: JSON.stringify(input), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      } catch (e) {
        return { kind: 'unchecked', failure: { code: 'offline', status: null, detail: String(e).slice(0, 500), retryAfterS: null } };
      }
      const body: unknown = await res.json().catch(() => null);
      if (res.status === 200) {
        const ok = ClaimResponse.safeParse(body);
        if (ok.success) return { kind: 'granted', claim: ok.data.claim };
      }
      if (res.status === 409) {
        const held = ClaimRefusal.safeParse(body);
        if (held.success) return { kind: 'held', holder: held.data.holder };
      }
      return { kind: 'unchecked', failure: { code: res.status === 401 ? 'no_session' : 'bad_answer', status: res.status, detail: JSON.stringify(body).slice(0, 500), retryAfterS: null } };
    },
    async team() {
      const c = options.credentials();
      const headers = await service.sessionHeaders();
      if (!c || !headers) return accountFailure('no_session', null, 'nobody is signed in with the server');
      const answer = await requestJson(options.fetch, `${c.serverUrl}/v1/team`, { method: 'GET', headers, okStatus: 200, schema: TeamOverview });
      return answer.ok ? answer : { ok: false, failure: refine(answer.failure) };
    },
    async createAccount(input) {
      const c = options.credentials();
      const headers = await service.sessionHeaders();
      if (!c || !headers) return accountFailure('no_session', null, 'nobody is signed in with the server');
      const answer = await requestJson(options.fetch, `${c.serverUrl}/v1/accounts`, { method: 'POST', headers, body: input, okStatus: 201, schema: AccountView });
      return answer.ok ? answer : { ok: false, failure: refine(answer.failure) };
    },
    async presence(state) {
      const c = options.credentials();
      const headers = await service.sessionHeaders();
      if (!c || !headers) return accountFailure('no_session', null, 'nobody is signed in with the server');
      const answer = await requestJson(options.fetch, `${c.serverUrl}/v1/presence`, { method: 'POST', headers, body: { state }, okStatus: 200, schema: z.object({ ok: z.literal(true) }) });
      return answer.ok ? { ok: true, value: { ok: true } } : { ok: false, failure: refine(answer.failure) };
    },
    async reveals(setRoles) {
      const c = options.credentials();
      const headers = await service.sessionHeaders();
      if (!c || !headers) return accountFailure('no_session', null, 'nobody is signed in with the server');
      const policy = setRoles
        ? await requestJson(options.fetch, `${c.serverUrl}/v1/team/reveal-policy`, { method: 'PUT', headers, body: { roles: setRoles }, okStatus: 200, schema: RevealPolicy })
        : await requestJson(options.fetch, `${c.serverUrl}/v1/team/reveal-policy`, { method: 'GET', headers, okStatus: 200, schema: RevealPolicy });
      if (!policy.ok) return { ok: false, failure: refine(policy.failure) };
      const audit = await requestJson(options.fetch, `${c.serverUrl}/v1/reveals`, { method: 'GET', headers, okStatus: 200, schema: RevealAuditList });
      if (!audit.ok) return { ok: false, failure: refine(audit.failure) };
      return { ok: true, value: { roles: policy.value.roles, reveals: audit.value.reveals } };
    },
    async devices() {
      const c = options.credentials();
      const headers = await service.sessionHeaders();
      if (!c || !headers) return accountFailure('no_session', null, 'nobody is signed in with the server');
      const answer = await requestJson(options.fetch, `${c.serverUrl}/v1/devices?team=${encodeURIComponent(c.teamId)}`, { method: 'GET', headers, okStatus: 200, schema: DeviceList });
      return answer.ok ? { ok: true, value: { devices: answer.value.devices, thisDevice: c.deviceId } } : { ok: false, failure: refine(answer.failure) };
    },
    async revokeDevice(deviceId) {
      const c = options.credentials();
      const headers = await service.sessionHeaders();
      if (!c || !headers) return accountFailure('no_session', null, 'nobody is signed in with the server');
      const answer = await requestJson(options.fetch, `${c.serverUrl}/v1/devices/revoke`, { method: 'POST', headers, body: { team: c.teamId, deviceId }, okStatus: 200, schema: RevokeDeviceResponse });
      return answer.ok ? answer : { ok: false, failure: refine(answer.failure) };
    },
    async enrolCode(ttlHours) {
      const c = options.credentials();
      const headers = await service.sessionHeaders();
      if (!c || !headers) return accountFailure('no_session', null, 'nobody is signed in with the server');
      const answer = await requestJson(options.fetch, `${c.serverUrl}/v1/enroll-codes`, { method: 'POST', headers, body: { team: c.teamId, ...(ttlHours ? { ttlHours } : {}) }, okStatus: 201, schema: EnrolCodeResponse });
      return answer.ok ? { ok: true, value: { code: answer.value.code, expiresAt: answer.value.expiresAt } } : { ok: false, failure: refine(answer.failure) };
    },
    forget() {
      current = null;
      required = null;
    },
  };
  return service;
}
