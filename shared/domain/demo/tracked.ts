import type { Tracked } from '../../schemas/common';

/** The id written as `updatedBy` for records nobody typed in (imports, the simulator). */
export const SYSTEM_AGENT = 'system';

/** Tracking fields of a freshly written, live record. */
export function tracked(id: string, now: number, by: string = SYSTEM_AGENT): Tracked {
  return { id, updatedAt: now, updatedBy: by, deletedAt: null };
}

/** Fill `{name}` placeholders of a content template. Unknown names stay visible, to be noticed. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
