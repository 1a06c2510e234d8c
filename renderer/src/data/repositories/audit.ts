import { newId } from '@shared/lib/ids';
import { getDb } from '../store';
import type { WriteContext } from './tracked';

/** Appends an audit entry (who revealed which buyer's phone, who changed what, and why). */
export async function appendAudit(action: string, subjectId: string, reason: string, ctx: WriteContext): Promise<void> {
  const db = getDb();
  const id = newId();
  await db.transaction('rw', db.audit, db.changes, async () => {
    await db.audit.add({ id, at: ctx.now, agentId: ctx.agentId, action, subjectId, reason });
    await db.changes.add({ table: 'audit', id, op: 'put', at: ctx.now, agent: ctx.agentId });
  });
}
