import { EnrollResponse, PullResponse, PushResponse, type SyncMutation } from '@shared/schemas/sync';
import type { SyncEnrolment, SyncHostStatus, SyncJoinInput, SyncJoinOutcome, SyncPoke, SyncPullOutcome, SyncPushOutcome } from '@shared/schemas/syncHost';
import { createAccountService, type AccountService } from './account';
import { clearCredentials, loadCredentials, saveCredentials, type SyncCredentials } from './credentials';
import { openEventLink } from './events';
import { requestJson, type FetchLike } from './http';

export interface SyncServiceOptions {
  /** Where the enrolment (with its token) is kept: userData/sync under Electron. */
  dir: string;
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

/** "http://host:port/" → "http://host:port": paths are appended to it. */
const base = (url: string): string => url.trim().replace(/\/+$/, '');

/**
 * The PC's side of the shop server's HTTP API (docs/team.md): enrolment, push, pull and the
 * live event link, with the device's token kept here and never handed to the renderer. Plain
 * Node (global fetch), so Electron main and the browser host's serve-web run this same module.
 */
export function createSyncService(options: SyncServiceOptions): SyncService {
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const now = options.now ?? Date.now;
  const warn = options.warn ?? (() => {});
  let credentials: SyncCredentials | null = loadCredentials(options.dir, warn);
  const listeners = new Set<(poke: SyncPoke) => void>();
  let closeLink: (() => void) | null = null;
  const account = createAccountService({ dir: options.dir, fetch: fetchImpl, credentials: () => credentials });

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
    closeLink = openEventLink({
      fetch: fetchImpl,
      url: `${c.serverUrl}/v1/sync/events?team=${encodeURIComponent(c.teamId)}`,
      token: c.token,
      onVersion: (version) => tell({ version, connected: true }),
      onLink: (up) => {
        if (!up) tell({ version: null, connected: false });
      },
      ...(options.retryMs ? { retryMs: options.retryMs } : {}),
    });
  };

  const enrolment = (c: SyncCredentials): SyncEnrolment => ({ serverUrl: c.serverUrl, teamId: c.teamId, teamName: c.teamName, deviceId: c.deviceId, joinedAt: c.joinedAt });
  const status = (): SyncHostStatus => (credentials ? { joined: true, enrolment: enrolment(credentials) } : { joined: false });

  return {
    status,
    async join(input) {
      const serverUrl = base(input.serverUrl);
      const answer = await requestJson(fetchImpl, `${serverUrl}/v1/enroll`, { method: 'POST', body: { code: input.code.trim(), name: input.deviceName.trim() }, okStatus: 201, schema: EnrollResponse });
      if (!answer.ok) return answer;
      stopLink();
      credentials = { serverUrl, teamId: answer.value.team.id, teamName: answer.value.team.name, deviceId: answer.value.deviceId, token: answer.value.token, joinedAt: now() };
      saveCredentials(options.dir, credentials);
      startLink();
      return { ok: true, value: enrolment(credentials) };
    },
    leave() {
      stopLink();
      account.forget();
      credentials = null;
      clearCredentials(options.dir);
      tell({ version: null, connected: false });
      return status();
    },
    async push(mutations) {
      const c = credentials;
      if (!c) return notJoined;
      // Writes go up as the signed-in account; the server checks each against it (docs/team.md).
      // Lines of agents without a session here (records from before the team had accounts)
      // are offered under the signed-in account and refused by the server where they name
      // someone else as writer or author.
      const headers = (await account.sessionHeaders()) ?? {};
      const agent = account.agentId();
      const signed = agent ? mutations.map((m) => (m.agentId === agent ? m : { ...m, agentId: agent })) : mutations;
      return requestJson(fetchImpl, `${c.serverUrl}/v1/sync/push`, { method: 'POST', token: c.token, headers, body: { team: c.teamId, mutations: signed }, okStatus: 200, schema: PushResponse });
    },
    async pull(cursor, limit) {
      const c = credentials;
      if (!c) return notJoined;
      const query = new URLSearchParams({ team: c.teamId, cursor: String(cursor), limit: String(limit) });
      return requestJson(fetchImpl, `${c.serverUrl}/v1/sync/pull?${query}`, { method: 'GET', token: c.token, okStatus: 200, schema: PullResponse });
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
    },
    account,
  };
}
