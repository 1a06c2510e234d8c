import { parseEnrolCode, pinMatches, plainHex } from '@shared/domain/team/enrolCode';
import { EnrollResponse, PullResponse, PushResponse, type SyncMutation } from '@shared/schemas/sync';
import type { SyncEnrolment, SyncFailure, SyncHostStatus, SyncJoinInput, SyncJoinOutcome, SyncPoke, SyncPullOutcome, SyncPushOutcome } from '@shared/schemas/syncHost';
import { createAccountService } from './account';
import type { AccountService } from './account';
import { clearCredentials, loadCredentials, saveCredentials, type SyncCredentials } from './credentials';
import { openEventLink } from './events';
import { requestJson, type Answer, type FetchLike } from './http';
import { createPinnedFetch, isLoopback, type PinnedFetch } from './pinnedFetch';

export interface SyncServiceOptions {
  /** Where the enrolment (with its token) is kept: userData/sync under Electron. */
  dir: string;
  /** Replaces the pinned transport (tests of the protocol only; pinning has its own tests). */
  fetch?: FetchLike;
  now?: () => number;
  warn?: (message: string) => void;
  /** Event-link retry waits (tests shorten them). */
  retryMs?: readonly number[];
}

export interface SyncService {
  status(): SyncHostStatus;
  join(input: SyncJoinInput): Promise<SyncJoinOutcome>;
  leave(): SyncHostStatus;
  push(mutations: SyncMutation[]): Promise<SyncPushOutcome>;
  pull(cursor: number, limit: number): Promise<SyncPullOutcome>;
  /** The live poke while at least one listener is subscribed and the PC is in a team. */
  watch(listener: (poke: SyncPoke) => void): () => void;
  /** Ends the live link (quit). */
  close(): void;
  /** The signed-in account of this PC (team mode part 2). */
  account: AccountService;
}

const notJoined = { ok: false as const, failure: { code: 'not_joined' as const, status: null, detail: 'this PC is in no team' } };
const refuse = (code: SyncFailure['code'], detail: string) => ({ ok: false as const, failure: { code, status: null, detail } });
const revokedHere = refuse('revoked', 'this device was revoked by the shop; leave the team and join again with a new code');

/** "http://host:port/" → "http://host:port": paths are appended to it. */
const base = (url: string): string => url.trim().replace(/\/+$/, '');

/**
 * The PC's side of the shop server's HTTP API (docs/team.md): enrolment, push, pull and the
 * live event link, with the device's token kept here and never handed to the renderer. Plain
 * Node (http/https with the server's certificate pinned, pinnedFetch.ts), so Electron main and
 * the browser host's serve-web run this same module.
 */
export function createSyncService(options: SyncServiceOptions): SyncService {
  const now = options.now ?? Date.now;
  const warn = options.warn ?? (() => {});
  let credentials: SyncCredentials | null = loadCredentials(options.dir, warn);
  /** The transport for the current enrolment: its certificate pinned (none pinned: only plain http to this PC gets through). */
  let pinned: PinnedFetch | null = null;
  const transport = (c: SyncCredentials): FetchLike => {
    if (options.fetch) return options.fetch;
    pinned ??= createPinnedFetch((seen) => !!c.certificate && plainHex(seen) === plainHex(c.certificate));
    return pinned.fetch;
  };
  const dropTransport = (): void => {
    pinned?.close();
    pinned = null;
  };
  /** The server says this device is revoked: remember it (across restarts) and stop the live link. */
  const noteRevoked = (c: SyncCredentials): void => {
    if (c.revokedAt || credentials !== c) return;
    credentials = { ...c, revokedAt: now() };
    saveCredentials(options.dir, credentials);
    stopLink();
    tell({ version: null, connected: false });
  };
  const watchRevoked = <T>(c: SyncCredentials, answer: Answer<T>): Answer<T> => {
    if (!answer.ok && answer.failure.code === 'revoked') noteRevoked(c);
    return answer;
  };
  const listeners = new Set<(poke: SyncPoke) => void>();
  let closeLink: (() => void) | null = null;
  /** Account calls (sign-in, claims, the team view) go through the enrolment's pinned transport too. */
  const enrolledFetch: FetchLike = (url, init) => (credentials ? transport(credentials)(url, init) : Promise.reject(new Error('this PC is in no team')));
  const account = createAccountService({ dir: options.dir, fetch: enrolledFetch, credentials: () => credentials });

  const tell = (poke: SyncPoke): void => {
    for (const l of listeners) l(poke);
  };
  const stopLink = (): void => {
    closeLink?.();
    closeLink = null;
  };
  const startLink = (): void => {
    if (closeLink || !credentials || listeners.size === 0) return;
    const c = credentials;
    if (c.revokedAt) return;
    closeLink = openEventLink({
      fetch: transport(c),
      url: `${c.serverUrl}/v1/sync/events?team=${encodeURIComponent(c.teamId)}`,
      token: c.token,
      onVersion: (version) => tell({ version, connected: true }),
      onLink: (up) => {
        if (!up) tell({ version: null, connected: false });
      },
      onRefused: (_status, body) => {
        closeLink = null;
        if ((body as { problem?: { code?: string } } | null)?.problem?.code === 'device_revoked') noteRevoked(c);
        else tell({ version: null, connected: false });
      },
      ...(options.retryMs ? { retryMs: options.retryMs } : {}),
    });
  };

  const enrolment = (c: SyncCredentials): SyncEnrolment => ({ serverUrl: c.serverUrl, teamId: c.teamId, teamName: c.teamName, deviceId: c.deviceId, joinedAt: c.joinedAt, certificate: c.certificate ?? null });
  const status = (): SyncHostStatus => (credentials ? { joined: true, enrolment: enrolment(credentials) } : { joined: false });

  return {
    status,
    async join(input) {
      const serverUrl = base(input.serverUrl);
      const url = new URL(serverUrl);
      const code = parseEnrolCode(input.code);
      if (!code) return refuse('bad_code', 'not an enrolment code (12 or 32 letters and digits)');
      const secure = url.protocol === 'https:';
      if (!secure && !isLoopback(url.hostname)) return refuse('insecure_address', `plain http to ${url.hostname}`);
      if (secure && !code.pin) return refuse('code_needs_fingerprint', 'the code carries no certificate fingerprint');
      // The code names the certificate: the secret goes only to a server that has it.
      let seen: string | null = null;
      const probe = options.fetch ? null : createPinnedFetch((fp) => (code.pin && pinMatches(code.pin, fp) ? ((seen = fp), true) : false));
      try {
        const answer = await requestJson(options.fetch ?? (probe as PinnedFetch).fetch, `${serverUrl}/v1/enroll`, { method: 'POST', body: { code: code.secret, name: input.deviceName.trim() }, okStatus: 201, schema: EnrollResponse });
        if (!answer.ok) return answer;
        stopLink();
        dropTransport();
        credentials = { serverUrl, teamId: answer.value.team.id, teamName: answer.value.team.name, deviceId: answer.value.deviceId, token: answer.value.token, joinedAt: now(), certificate: seen, revokedAt: null };
        saveCredentials(options.dir, credentials);
        startLink();
        return { ok: true, value: enrolment(credentials) };
      } finally {
        probe?.close();
      }
    },
    leave() {
      stopLink();
      dropTransport();
      account.forget();
      credentials = null;
      clearCredentials(options.dir);
      tell({ version: null, connected: false });
      return status();
    },
    async push(mutations) {
      const c = credentials;
      if (!c) return notJoined;
      if (c.revokedAt) return revokedHere;
      // Writes go up as the signed-in account; the server checks each against it (docs/team.md).
      // Lines of agents without a session here (records from before the team had accounts)
      // are offered under the signed-in account and refused by the server where they name
      // someone else as writer or author.
      const headers = (await account.sessionHeaders()) ?? {};
      const agent = account.agentId();
      const signed = agent ? mutations.map((m) => (m.agentId === agent ? m : { ...m, agentId: agent })) : mutations;
      return watchRevoked(c, await requestJson(transport(c), `${c.serverUrl}/v1/sync/push`, { method: 'POST', token: c.token, headers, body: { team: c.teamId, mutations: signed }, okStatus: 200, schema: PushResponse }));
    },
    async pull(cursor, limit) {
      const c = credentials;
      if (!c) return notJoined;
      if (c.revokedAt) return revokedHere;
      const query = new URLSearchParams({ team: c.teamId, cursor: String(cursor), limit: String(limit) });
      // The signed-in role decides whether full phone/address come down (issue 13 §6).
      const headers = (await account.sessionHeaders()) ?? {};
      return watchRevoked(c, await requestJson(transport(c), `${c.serverUrl}/v1/sync/pull?${query}`, { method: 'GET', token: c.token, headers, okStatus: 200, schema: PullResponse }));
    },
    watch(listener) {
      listeners.add(listener);
      startLink();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stopLink();
      };
    },
    close() {
      listeners.clear();
      stopLink();
      dropTransport();
    },
    account,
  };
}
