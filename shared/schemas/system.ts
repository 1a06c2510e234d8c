import { z } from 'zod';
import { EpochMs, Id } from './common';

export const SettingScope = z.enum(['device', 'agent', 'shop', 'team']);

/** `scope` (store v2): where the setting applies (shared/domain/settings); a v1 row has none and is read by its key. */
export const Setting = z.object({ key: z.string(), value: z.unknown(), updatedAt: EpochMs, updatedBy: Id, scope: SettingScope.optional() });
export type Setting = z.infer<typeof Setting>;

export const AuditEntry = z.object({
  id: Id,
  at: EpochMs,
  agentId: Id,
  action: z.string(),
  subjectId: Id,
  reason: z.string(),
  /** Facts of the action where the reason alone is not enough (a 议价 request's amounts), read by that action's owner. */
  detail: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * Where a change-log line came from (store v2): an edit on this PC (`local`), a record a backup
 * restore wrote (`restore`), the record list a PC hands the server when it joins a team
 * (`join`), the demo shop (`demo`, never synced), or a line kept only as history (`history`:
 * lines from before v2, and a restored backup's own log).
 */
export const ChangeOrigin = z.enum(['local', 'restore', 'join', 'demo', 'history']);
export type ChangeOrigin = z.infer<typeof ChangeOrigin>;

export const Change = z.object({
  seq: z.number().int().optional(),
  table: z.string(),
  id: z.string(),
  op: z.enum(['put', 'delete']),
  at: EpochMs,
  agent: Id,
  /** Store v2: the PC that made it (the store's own device id). */
  device: z.string().max(64).optional(),
  origin: ChangeOrigin.optional(),
  /** Store v2: the fields this write changed; absent means the whole record (a new one, a delete, an old line). */
  fields: z.array(z.string().max(64)).max(200).optional(),
});
export type Change = z.infer<typeof Change>;
