/** One refused write as the PC keeps it (renderer/src/data/sync/state.ts `Refusal`). */
export interface RefusedWrite {
  table: string;
  code: string;
  at: number;
}

/** One line of 设置 → 团队's refusal list: one reason for one kind of record, with how many. */
export interface RefusalLine {
  table: string;
  code: string;
  count: number;
  /** When the newest of them was refused. */
  lastAt: number;
}

/**
 * The refused writes as the agent reads them: one line per reason and kind of record, newest
 * first. An agent PC that joins a team brings the phrase library of its own first start, and
 * the server refuses each of those team phrases: one line saying so 48 times says nothing more.
 */
export function refusalLines(refused: readonly RefusedWrite[]): RefusalLine[] {
  const lines = new Map<string, RefusalLine>();
  for (const r of refused) {
    const key = `${r.code}\u0000${r.table}`;
    const line = lines.get(key);
    if (line) {
      line.count += 1;
      line.lastAt = Math.max(line.lastAt, r.at);
    } else lines.set(key, { table: r.table, code: r.code, count: 1, lastAt: r.at });
  }
  return [...lines.values()].sort((x, y) => y.lastAt - x.lastAt);
}
