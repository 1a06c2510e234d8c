import { applyMutation, type StoredRecord } from '@shared/domain/sync';
import { ok, type Result } from '@shared/lib/result';
import type { MutationResult, PullResponse, PushResponse, SyncMutation, SyncRow } from '@shared/schemas/sync';
import type { SyncEnrolment, SyncHostStatus, SyncJoinOutcome, SyncPullOutcome, SyncPushOutcome } from '@shared/schemas/syncHost';
import type { SyncTransport } from './transport';

/**
 * A shop server in memory for the sync client's tests: the same pure merge rules, one team
 * version handed out in push order, idempotent mutation ids, pull by cursor. What it leaves
 * out (PostgreSQL, HTTP, tokens) is the server's own tests' business.
 */
export class ModelServer {
  version = 0;
  readonly records = new Map<string, StoredRecord & { table: string; id: string }>();
  private readonly answered = new Map<string, MutationResult>();
  private devices = 0;
  /** The server's clock. */
  now = 1_780_000_000_000;

  private row(r: StoredRecord & { table: string; id: string }): SyncRow {
    return { table: r.table, id: r.id, version: r.version, fields: r.fields, deletedAt: r.deletedAt };
  }

  push(deviceId: string, mutations: SyncMutation[]): PushResponse {
    const results: PushResponse['results'] = [];
    for (const m of mutations) {
      const k = `${m.table}\u0000${m.id}`;
      const seen = this.answered.get(`${deviceId}\u0000${m.mutationId}`);
      if (seen) {
        const r = this.records.get(k);
        results.push({ result: seen, row: r ? this.row(r) : null });
        continue;
      }
      const applied = applyMutation({
        mutation: m,
        current: this.records.get(k) ?? null,
        lookup: (table, id) => this.records.get(`${table}\u0000${id}`),
        version: this.version,
        now: this.now,
        copyId: `copy-${this.version + 1}`,
      });
      for (const w of applied.writes) this.records.set(`${m.table}\u0000${w.id}`, { ...w.record, table: m.table, id: w.id });
      this.version = applied.version;
      const result = applied.result;
      this.answered.set(`${deviceId}\u0000${m.mutationId}`, result);
      const r = this.records.get(k);
      results.push({ result, row: r ? this.row(r) : null });
    }
    return { version: this.version, results };
  }

  pull(cursor: number, limit: number): PullResponse {
    const rows = [...this.records.values()].filter((r) => r.version > cursor).sort((a, b) => a.version - b.version);
    const page = rows.slice(0, limit).map((r) => this.row(r));
    const more = rows.length > limit;
    return { rows: page, cursor: more ? (page[page.length - 1]?.version ?? cursor) : this.version, more, head: this.version };
  }

  rows(table: string): SyncRow[] {
    return [...this.records.values()].filter((r) => r.table === table).map((r) => this.row(r));
  }

  /** A PC's host, joined or not, online or not (the test flips `online`). */
  transport(): SyncTransport & { online: boolean; enrolment: SyncEnrolment | null } {
    const enrol = (): SyncEnrolment => {
      this.devices += 1;
      return { serverUrl: 'http://shop.test', teamId: 't1', teamName: '小鹿童装', deviceId: `d${this.devices}`, joinedAt: this.now };
    };
    const push = (deviceId: string, mutations: SyncMutation[]) => this.push(deviceId, mutations);
    const pull = (cursor: number, limit: number) => this.pull(cursor, limit);
    const offline = { ok: false as const, failure: { code: 'offline' as const, status: null, detail: 'ECONNREFUSED' } };
    const t = {
      online: true,
      enrolment: null as SyncEnrolment | null,
      async status(): Promise<Result<SyncHostStatus>> {
        return ok(t.enrolment ? { joined: true as const, enrolment: t.enrolment } : { joined: false as const });
      },
      async join(): Promise<Result<SyncJoinOutcome>> {
        if (!t.online) return ok(offline);
        t.enrolment = enrol();
        return ok({ ok: true as const, value: t.enrolment });
      },
      async leave(): Promise<Result<SyncHostStatus>> {
        t.enrolment = null;
        return ok({ joined: false as const });
      },
      async push(mutations: SyncMutation[]): Promise<Result<SyncPushOutcome>> {
        if (!t.online) return ok(offline);
        return ok({ ok: true as const, value: JSON.parse(JSON.stringify(push(t.enrolment?.deviceId ?? '?', mutations))) as PushResponse });
      },
      async pull(cursor: number, limit: number): Promise<Result<SyncPullOutcome>> {
        if (!t.online) return ok(offline);
        // Through JSON, like the wire: nobody shares objects with the server.
        return ok({ ok: true as const, value: JSON.parse(JSON.stringify(pull(cursor, limit))) as PullResponse });
      },
    };
    return t;
  }
}
