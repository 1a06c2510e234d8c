import { newId } from '@shared/lib/ids';
import { getDb } from '../store';
import type { WriteContext } from './tracked';
import { refuse } from '@shared/lib/problem';

/** Appends an audit entry (who revealed which buyer's phone, who changed what, and why). */
export async function appendAudit(action: string, subjectId: string, reason: string, ctx: WriteContext): Promise<void> {
  const db = getDb();
  const id = newId();
  await db.transaction('rw', db.audit, db.changes, async () => {
    await db.audit.add({ id, at: ctx.now, agentId: ctx.agentId, action, subjectId, reason });
    await db.changes.add({ table: 'audit', id, op: 'put', at: ctx.now, agent: ctx.agentId });
  });
}

export type ExportKind = 'backup' | 'register' | 'evidence';

/**
 * Every export of buyer data is audited like a reveal: who, when, which file (as `subjectId`,
 * at most 64 characters) and why. The reason is the agent's own words; an empty one is refused.
 */
export async function auditExport(kind: ExportKind, file: string, reason: string, ctx: WriteContext): Promise<void> {
  const why = reason.trim();
  if (!why) throw refuse('required', 'audit.reason');
  await appendAudit(`export:${kind}`, file.slice(0, 64) || kind, why, ctx);
}

/** The export entries, newest first (who exported which file, when, why). */
export async function exportAudit(limit = 50) {
  const all = await getDb().audit.toArray();
  return all.filter((a) => a.action.startsWith('export:')).sort((a, b) => b.at - a.at).slice(0, limit);
}
