import { mergeDecision } from '@shared/domain/backup';
import { bug } from '@shared/lib/problem';
import { keyOf } from './tables';
import type { ValidSnapshot } from './validate';

type Row = Record<string, unknown>;

function newer(table: string, held: Row | undefined, incoming: Row): boolean {
  if (table === 'audit') return !held;
  const d = mergeDecision(held as { updatedAt: number } | undefined, incoming as { updatedAt: number });
  return d === 'add' || d === 'replace';
}

/**
 * One snapshot from a restore chain (a full backup, then its incrementals in log order), so
 * the chain is restored in one transaction — all or nothing — with the usual merge rule. Each
 * record is taken at its newest version across the chain (the same rule a restore applies, so
 * the result equals restoring the files one after another); audit entries are append-only;
 * every log line of every file travels (a restore merges log lines by what they say).
 */
export function combineChain(chain: ValidSnapshot[]): ValidSnapshot {
  const last = chain[chain.length - 1];
  if (!last) throw bug('an empty restore chain');
  if (chain.length === 1) return last;
  const rows: Record<string, Row[]> = {};
  for (const table of Object.keys(last.rows)) {
    if (table === 'changes') {
      rows[table] = chain.flatMap((s) => s.rows[table] ?? []);
      continue;
    }
    const byKey = new Map<string, Row>();
    for (const s of chain) {
      for (const r of s.rows[table] ?? []) {
        const key = keyOf(table, r);
        if (newer(table, byKey.get(key), r)) byKey.set(key, r);
      }
    }
    rows[table] = [...byKey.values()];
  }
  return { header: last.header, rows };
}
