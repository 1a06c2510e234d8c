import type { SyncMutation, SyncRow } from '@shared/schemas/sync';
import { hasSecrets, openRow, sealRows } from '../crypto/seal';
import type { SyncTransport } from './transport';

/**
 * The sync wire carries contact secrets in clear (the server and other PCs have their own keys,
 * or none); this PC stores them sealed. The one crossing: mutations are opened on the way out,
 * rows sealed on the way in — before any of them reaches a transaction, so shadows, records and
 * their comparisons all see the same sealed text (sealing is deterministic).
 */
async function sealRow(row: SyncRow): Promise<SyncRow> {
  if (!hasSecrets(row.table)) return row;
  const [fields] = await sealRows(row.table, [row.fields]);
  return { ...row, fields: fields as SyncRow['fields'] };
}

async function openMutation(m: SyncMutation): Promise<SyncMutation> {
  return hasSecrets(m.table) ? { ...m, fields: await openRow(m.table, m.fields) } : m;
}

export function sealedTransport(t: SyncTransport): SyncTransport {
  return {
    status: () => t.status(),
    join: (input) => t.join(input),
    leave: () => t.leave(),
    push: async (mutations) => {
      const answer = await t.push(await Promise.all(mutations.map(openMutation)));
      if (!answer.ok || !answer.value.ok) return answer;
      const v = answer.value.value;
      const results = await Promise.all(v.results.map(async (r) => ({ ...r, row: r.row && (await sealRow(r.row)) })));
      return { ...answer, value: { ...answer.value, value: { ...v, results } } };
    },
    pull: async (cursor, limit) => {
      const answer = await t.pull(cursor, limit);
      if (!answer.ok || !answer.value.ok) return answer;
      const v = answer.value.value;
      return { ...answer, value: { ...answer.value, value: { ...v, rows: await Promise.all(v.rows.map(sealRow)) } } };
    },
  };
}
