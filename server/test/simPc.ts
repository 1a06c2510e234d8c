import { sameValue, TABLE_RULES } from '@shared/domain/sync';
import type { MutationResult, SyncMutation, SyncRow } from '@shared/schemas/sync';
import type { EnrolledPc, syncApi } from './http';

type Api = ReturnType<typeof syncApi>;

export const rowKey = (table: string, id: string): string => `${table}/${id}`;

/** An acknowledged mutation as the PC first heard it. */
export interface Ack {
  m: SyncMutation;
  result: MutationResult;
}

/**
 * A minimal sync client, as the PC's will be: an outbox of mutations in edit order, a
 * cursor, and the last known server row of each record (`server`); what the PC shows is
 * that row with its own unsent edits laid over it. Pushes answer each mutation with the row
 * as the server holds it, so a refused edit falls back to the server's value.
 */
export class SimPc {
  readonly outbox: SyncMutation[] = [];
  readonly server = new Map<string, SyncRow>();
  readonly acks = new Map<string, Ack>();
  cursor = 0;
  online = true;
  private seq = 0;

  constructor(
    readonly name: string,
    readonly pc: EnrolledPc,
    readonly api: Api,
    readonly agentId: string,
    /** How far this PC's clock is off the server's. */
    readonly skewMs = 0,
  ) {}

  now(): number {
    return Date.now() + this.skewMs;
  }

  /** Records an edit: the changed fields, made from the server version this PC last saw. */
  edit(table: string, id: string, op: 'put' | 'delete', fields: Record<string, unknown>, extra: Partial<SyncMutation> = {}): SyncMutation {
    this.seq += 1;
    const m: SyncMutation = {
      mutationId: `${this.name}-${this.seq}`,
      deviceId: this.pc.deviceId,
      agentId: this.agentId,
      table,
      id,
      op,
      fields: op === 'put' ? { ...fields, updatedAt: this.now(), updatedBy: this.agentId } : {},
      baseVersion: this.server.get(rowKey(table, id))?.version ?? 0,
      at: this.now(),
      ...extra,
    };
    this.outbox.push(m);
    return m;
  }

  /** What this PC shows for a record: the server's row with its own pending edits over it. */
  view(table: string, id: string): { fields: Record<string, unknown>; deletedAt: number | null } | null {
    const base = this.server.get(rowKey(table, id));
    let view = base ? { fields: { ...base.fields }, deletedAt: base.deletedAt } : null;
    for (const m of this.outbox) {
      if (m.table !== table || m.id !== id) continue;
      if (m.op === 'delete') view = view ? { ...view, deletedAt: m.at } : null;
      else view = { fields: { ...(view?.fields ?? {}), ...withoutDerived(table, m.fields) }, deletedAt: view?.deletedAt ?? null };
    }
    return view;
  }

  /**
   * Pushes the outbox (or its first `batch`), then pulls to the head. `duplicate` sends the same
   * push twice at once; `loseAnswer` throws the answer away (the network dropped it), so the
   * same mutations go again next time.
   */
  async sync(opts: { batch?: number; duplicate?: boolean; loseAnswer?: boolean } = {}): Promise<void> {
    if (!this.online) return;
    const sending = this.outbox.slice(0, opts.batch ?? 200);
    if (sending.length > 0) {
      const answers = await Promise.all(opts.duplicate ? [this.api.push(sending), this.api.push(sending)] : [this.api.push(sending)]);
      if (!opts.loseAnswer) {
        for (const answer of answers) this.take(sending, answer.results);
        this.outbox.splice(0, sending.length);
      }
    }
    for (;;) {
      const page = await this.api.pull(this.cursor, 50);
      for (const row of page.rows) this.keep(row);
      this.cursor = page.cursor;
      if (!page.more) break;
    }
  }

  private take(sent: SyncMutation[], results: { result: MutationResult; row: SyncRow | null }[]): void {
    results.forEach(({ result, row }, i) => {
      const m = sent[i] as SyncMutation;
      const first = this.acks.get(m.mutationId);
      // The same mutation must always get the same answer, however often it is sent.
      if (first && !sameValue(first.result, result)) throw new Error(`${m.mutationId} answered differently: ${JSON.stringify(first.result)} then ${JSON.stringify(result)}`);
      if (!first) this.acks.set(m.mutationId, { m, result });
      if (row) this.keep(row);
    });
  }

  private keep(row: SyncRow): void {
    const key = rowKey(row.table, row.id);
    const had = this.server.get(key);
    if (!had || row.version >= had.version) this.server.set(key, row);
  }
}

function withoutDerived(table: string, fields: Record<string, unknown>): Record<string, unknown> {
  const out = { ...fields };
  for (const f of TABLE_RULES[table]?.derived ?? []) delete out[f];
  return out;
}
