import type { MutationResult, RefusalCode, SyncMutation } from '../../schemas/sync';
import { mergeMutation, type ConflictEntry, type MergeOutcome, type StoredRecord } from './merge';

/** A refusal decided before the merge rules run (part 2: what the signed-in account may write). */
export interface Denial {
  code: RefusalCode;
  field: string | null;
  reason: string;
}

export interface ApplyInput {
  mutation: SyncMutation;
  /** The record as the server holds it now (null: none). */
  current: StoredRecord | null;
  /** Another record of the team as the server holds it now (an order's shop), or undefined. */
  lookup: (table: string, id: string) => StoredRecord | undefined;
  /** The team's version before this mutation: the first record it writes takes the next one. */
  version: number;
  /** The server's clock. */
  now: number;
  /** The id a note's conflict copy gets, should one be needed. */
  copyId: string;
  /** Refused before merging, for this reason (nothing of the mutation is applied). */
  denied?: Denial | null;
}

export interface AppliedMutation {
  /** The answer the PC gets, and gets again for a repeat of the mutation. */
  result: MutationResult;
  /** The records to store in the mutation's table: the record itself and a note's conflict copy (by id). */
  writes: { id: string; record: StoredRecord }[];
  /** The team's version after this mutation. */
  version: number;
  /** Overwritten values, for the conflict log. */
  conflicts: ConflictEntry[];
  /** The PC's edit time as the server keeps it (clamped when its clock ran ahead). */
  at: number;
}

/** The shop an order names: the mutation's own field, else the stored order's (a shop is part of an order's natural id). */
export function orderShopId(m: SyncMutation, current: StoredRecord | null): string | null {
  if (m.table !== 'orders') return null;
  const shopId = m.fields['shopId'] ?? current?.fields['shopId'];
  return typeof shopId === 'string' ? shopId : null;
}

/**
 * One mutation applied the way the shop server applies it, in server order: the merge rules
 * (with the order's shop platform looked up), the answer, what to store and the team's next
 * version. Pure, so the server (in its push transaction) and the PC's in-memory test server
 * are one behaviour; they only differ in where the records live.
 */
export function applyMutation(input: ApplyInput): AppliedMutation {
  const { mutation: m, current } = input;
  const shopId = orderShopId(m, current);
  const platform = shopId === null ? undefined : input.lookup('shops', shopId)?.fields['platform'];
  const outcome: MergeOutcome = input.denied
    ? { kind: 'refused', ...input.denied, flags: [], at: m.at }
    : mergeMutation({ mutation: m, current, now: input.now, version: input.version + 1, shopPlatform: typeof platform === 'string' ? platform : null, copyId: input.copyId });

  if (outcome.kind === 'refused') {
    return {
      result: { mutationId: m.mutationId, status: 'refused', code: outcome.code, field: outcome.field, reason: outcome.reason, flags: outcome.flags },
      writes: [],
      version: input.version,
      conflicts: [],
      at: outcome.at,
    };
  }
  let version = input.version;
  let written: number | null = null;
  const writes: AppliedMutation['writes'] = [];
  if (outcome.next) {
    writes.push({ id: m.id, record: outcome.next });
    // Same version as before: only the bookkeeping changed (a newer platform time), nothing new to pull.
    if (outcome.next.version !== current?.version) written = version = outcome.next.version;
  }
  if (outcome.copy) {
    writes.push({ id: outcome.copy.id, record: outcome.copy.record });
    version = outcome.copy.record.version;
  }
  return {
    result: { mutationId: m.mutationId, status: 'applied', version: written, superseded: outcome.superseded, copyId: outcome.copy?.id ?? null, flags: outcome.flags },
    writes,
    version,
    conflicts: outcome.conflicts,
    at: outcome.at,
  };
}
