import { ruleFor } from '../sync/kinds';
import type { SyncMutation } from '../../schemas/sync';

export interface Writer {
  agentId: string;
  role: 'agent' | 'supervisor';
  /** Every account of the team: naming one of them (but yourself) as writer or author is forging. */
  teamAccounts: ReadonlySet<string>;
}

export type WriteRefusal = { code: 'supervisor_only' | 'wrong_agent'; field: string | null; reason: string };

/**
 * What a signed-in account may push (issue 13 §1–2), checked on the server before the merge
 * rules. The mutation's agentId is the session's (checked per request); here:
 * - team configuration (shops with their 催付 policy, agents, team phrases, team settings) is
 *   written by supervisors only;
 * - a write never names another account of the team as its writer (`updatedBy`) or author (an
 *   append-only record's author field): a PC cannot write as someone else. An id that is no
 *   account (an agent a PC made before the team had accounts) names nobody who could sign in,
 *   so records from then still go up.
 * Null: the write may go on to the merge rules.
 */
export function checkWriteRights(m: SyncMutation, current: Record<string, unknown> | null, writer: Writer): WriteRefusal | null {
  const resolved = ruleFor(m.table, m.id, current, m.fields);
  if (!resolved.ok) return null; // the merge rules refuse it with their own reason
  const { rule } = resolved;
  if (rule.kind === 'team-config' && writer.role !== 'supervisor') {
    return { code: 'supervisor_only', field: null, reason: `only a supervisor changes ${m.table === 'phrases' ? 'team phrases' : m.table}` };
  }
  if (m.op === 'delete') return null;
  for (const field of new Set(['updatedBy', ...(rule.kind === 'append-only' && rule.author ? [rule.author] : [])])) {
    const named = m.fields[field];
    if (typeof named === 'string' && named !== writer.agentId && writer.teamAccounts.has(named)) return { code: 'wrong_agent', field, reason: `${field} must be the signed-in agent` };
  }
  return null;
}
