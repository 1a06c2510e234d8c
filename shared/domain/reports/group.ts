import { shanghaiDate, shanghaiParts } from '../../lib/time';

/** How a report splits its figures: per agent, shop, Shanghai day and/or hour of day (0–23). */
export type GroupKey = 'agent' | 'shop' | 'day' | 'hour';

/** One cell of a grouping; a dimension not grouped by is null. */
export interface Cell {
  agentId: string | null;
  shopId: string | null;
  day: string | null;
  hour: number | null;
}

/** Where a counted record falls: who it is credited to, which shop, and the moment that dates it. */
export interface Place {
  agentId: string | null;
  shopId: string;
  at: number;
}

export function cellOf(groupBy: readonly GroupKey[], p: Place): Cell {
  return {
    agentId: groupBy.includes('agent') ? p.agentId : null,
    shopId: groupBy.includes('shop') ? p.shopId : null,
    day: groupBy.includes('day') ? shanghaiDate(p.at) : null,
    hour: groupBy.includes('hour') ? shanghaiParts(p.at).hour : null,
  };
}

export const cellKey = (c: Cell): string => `${c.agentId}|${c.shopId}|${c.day}|${c.hour}`;

/** Whether a record placed at `p` is one of the cell's (the drill-down's test). */
export function inCell(c: Cell, p: Place): boolean {
  const own = cellOf(['agent', 'shop', 'day', 'hour'], p);
  return (c.agentId === null || c.agentId === own.agentId) && (c.shopId === null || c.shopId === own.shopId) && (c.day === null || c.day === own.day) && (c.hour === null || c.hour === own.hour);
}

const order = (a: Cell, b: Cell): number =>
  (a.day ?? '').localeCompare(b.day ?? '') || (a.hour ?? -1) - (b.hour ?? -1) || String(a.shopId).localeCompare(String(b.shopId)) || String(a.agentId).localeCompare(String(b.agentId));

/**
 * Splits counted records into cells, in a stable order (day, hour, shop, agent). Every figure
 * is computed per cell from the records in it, so a drill-down lists exactly what was counted.
 */
export function groupFacts<F>(facts: readonly F[], groupBy: readonly GroupKey[], place: (f: F) => Place): Array<{ cell: Cell; facts: F[] }> {
  const groups = new Map<string, { cell: Cell; facts: F[] }>();
  for (const f of facts) {
    const cell = cellOf(groupBy, place(f));
    const key = cellKey(cell);
    const g = groups.get(key);
    if (g) g.facts.push(f);
    else groups.set(key, { cell, facts: [f] });
  }
  return [...groups.values()].sort((a, b) => order(a.cell, b.cell));
}

export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
export const mean = (xs: readonly number[]): number | null => (xs.length ? Math.round(xs.reduce((s, x) => s + x, 0) / xs.length) : null);
