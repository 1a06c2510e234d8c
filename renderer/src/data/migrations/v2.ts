import type { Transaction } from 'dexie';
import { storedSettingScope } from '@shared/domain/settings';
import { newestPerId, planNaturalIds, REFERRING_TABLES, rewriteRow, rewriteSettingKey } from './naturalIds';

type Row = Record<string, unknown>;

/**
 * v1 → v2 inside Dexie's upgrade transaction (all or nothing):
 * - this store gets its device id (every change-log line names the PC that made it);
 * - orders and buyers move to their natural ids, and every row that names one follows;
 * - settings get their scope (an unsent remark draft's key follows its order);
 * - the v1 change log stays as history: it was never pushed anywhere, and a PC that joins a
 *   team hands the server its records, not its past.
 */
export async function upgradeToV2(tx: Transaction, deviceId: string): Promise<void> {
  await tx.table('syncState').put({ key: 'device', value: deviceId });
  const [shops, orders, buyers] = (await Promise.all([tx.table('shops').toArray(), tx.table('orders').toArray(), tx.table('buyers').toArray()])) as Row[][];
  const map = planNaturalIds(shops ?? [], orders ?? [], buyers ?? []);

  if (map.ids.size > 0) {
    for (const [table, rows] of [['orders', orders ?? []], ['buyers', buyers ?? []]] as const) {
      const next = newestPerId(rows.map((r) => rewriteRow(r, map)));
      await tx.table(table).clear();
      await tx.table(table).bulkPut(next);
    }
    for (const table of REFERRING_TABLES) {
      if (table === 'orders' || table === 'buyers' || table === 'settings' || table === 'changes') continue;
      await tx.table(table).toCollection().modify((row: Row) => {
        const next = rewriteRow(row, map);
        if (next !== row) Object.assign(row, next);
      });
    }
  }

  await tx.table('changes').toCollection().modify((row: Row) => {
    const next = rewriteRow(row, map);
    if (next !== row) Object.assign(row, next);
    row['device'] = deviceId;
    row['origin'] = 'history';
  });

  const settings = (await tx.table('settings').toArray()) as Row[];
  const moved: string[] = [];
  const next = settings.map((s) => {
    const key = rewriteSettingKey(String(s['key']), map);
    if (key !== s['key']) moved.push(String(s['key']));
    return { ...rewriteRow(s, map), key, scope: storedSettingScope(key) };
  });
  await tx.table('settings').bulkDelete(moved);
  await tx.table('settings').bulkPut(next);
}
