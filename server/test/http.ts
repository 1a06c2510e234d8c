import type { PullResponse, PushResponse, SyncMutation } from '@shared/schemas/sync';
import { createEnrolCode } from '../enrol/enrol';
import { silentLogger } from '../log';
import { startServer, type RunningServer } from '../main';
import type { TestDatabase } from './pg';

/** The API on a free port, quiet. */
export function serve(db: TestDatabase, now?: () => number): Promise<RunningServer> {
  return startServer({ database: db.config, host: '127.0.0.1', port: 0, log: silentLogger, ...(now ? { now } : {}) });
}

export interface EnrolledPc {
  deviceId: string;
  token: string;
  teamId: string;
}

/** A PC enrolled the way a shop does it: a code from the command line, typed into POST /v1/enroll. */
export async function enrolPc(baseUrl: () => string, db: TestDatabase, team: string): Promise<EnrolledPc> {
  const { code } = await createEnrolCode(db.pool, team, 3_600_000);
  const res = await fetch(`${baseUrl()}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: 'test PC' }) });
  if (res.status !== 201) throw new Error(`enrol answered ${res.status}`);
  const body = (await res.json()) as { deviceId: string; token: string; team: { id: string } };
  return { deviceId: body.deviceId, token: body.token, teamId: body.team.id };
}

/** Thin typed calls of the sync API for one PC; `baseUrl` is read per call (servers restart). */
export function syncApi(baseUrl: () => string, pc: EnrolledPc) {
  const auth = { authorization: `Bearer ${pc.token}` };
  return {
    async pushRaw(body: unknown): Promise<Response> {
      return fetch(`${baseUrl()}/v1/sync/push`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    },
    async push(mutations: SyncMutation[]): Promise<PushResponse> {
      const res = await this.pushRaw({ team: pc.teamId, mutations });
      if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as PushResponse;
    },
    async pull(cursor: number, limit = 500): Promise<PullResponse> {
      const res = await fetch(`${baseUrl()}/v1/sync/pull?team=${pc.teamId}&cursor=${cursor}&limit=${limit}`, { headers: auth });
      if (res.status !== 200) throw new Error(`pull answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as PullResponse;
    },
    /** Opens the event stream; `versions` fills as `data:` lines arrive. */
    async events(): Promise<{ versions: number[]; next(after: number, timeoutMs?: number): Promise<number>; close(): void }> {
      const ctrl = new AbortController();
      const res = await fetch(`${baseUrl()}/v1/sync/events?team=${pc.teamId}`, { headers: auth, signal: ctrl.signal });
      if (res.status !== 200 || !res.body) throw new Error(`events answered ${res.status}`);
      const versions: number[] = [];
      const waiters: (() => void)[] = [];
      void (async () => {
        const decoder = new TextDecoder();
        let buf = '';
        try {
          for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
            buf += decoder.decode(chunk, { stream: true });
            let cut: number;
            while ((cut = buf.indexOf('\n\n')) >= 0) {
              const event = buf.slice(0, cut);
              buf = buf.slice(cut + 2);
              const data = /^data: (.*)$/m.exec(event)?.[1];
              if (data) versions.push((JSON.parse(data) as { version: number }).version);
              waiters.splice(0).forEach((w) => w());
            }
          }
        } catch {
          // aborted by close()
        }
      })();
      return {
        versions,
        next(after, timeoutMs = 1000) {
          return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no version after ${after} within ${timeoutMs} ms (got ${versions.join(',')})`)), timeoutMs);
            const check = () => {
              const v = versions.find((x) => x > after);
              if (v !== undefined) {
                clearTimeout(timer);
                resolve(v);
              } else waiters.push(check);
            };
            check();
          });
        },
        close: () => ctrl.abort(),
      };
    },
  };
}

let counter = 0;
/** A mutation with sensible defaults for tests. */
export function mutation(pc: EnrolledPc, over: Partial<SyncMutation> & Pick<SyncMutation, 'table' | 'id'>): SyncMutation {
  counter += 1;
  return { mutationId: `m-${Date.now()}-${counter}`, deviceId: pc.deviceId, agentId: 'ag1', op: 'put', fields: {}, baseVersion: 0, at: Date.now(), ...over };
}
