import { z } from 'zod';
import { EpochMs, Id } from './common';

export const Setting = z.object({ key: z.string(), value: z.unknown(), updatedAt: EpochMs, updatedBy: Id });
export type Setting = z.infer<typeof Setting>;

export const AuditEntry = z.object({
  id: Id,
  at: EpochMs,
  agentId: Id,
  action: z.string(),
  subjectId: Id,
  reason: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const Change = z.object({
  seq: z.number().int().optional(),
  table: z.string(),
  id: z.string(),
  op: z.enum(['put', 'delete']),
  at: EpochMs,
  agent: Id,
});
export type Change = z.infer<typeof Change>;
