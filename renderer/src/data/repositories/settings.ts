import { getDb } from '../store';
import type { WriteContext } from './tracked';

/** Key/value settings; the value's shape is validated by whoever owns the key. */
export async function readSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await getDb().settings.get(key);
  return row ? (row.value as T) : fallback;
}

export async function writeSetting(key: string, value: unknown, ctx: WriteContext): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.settings, db.changes, async () => {
    await db.settings.put({ key, value, updatedAt: ctx.now, updatedBy: ctx.agentId });
    await db.changes.add({ table: 'settings', id: key, op: 'put', at: ctx.now, agent: ctx.agentId });
  });
}
