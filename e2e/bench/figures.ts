import fs from 'node:fs';
import path from 'node:path';

/** One figure of an area bench; `raw` is the same work done with raw IndexedDB in the same run (null: none). */
export interface Figure { scenario: string; value: number | null; unit: 'ms' | 's' | 'rows/s' | 'MB'; raw: number | null; note?: string }

const DIR = path.resolve('test-results/bench/figures');

/**
 * Adds an area's figures to test-results/bench/figures/<area>.json (replacing figures of the
 * same scenario), where `npm run bench` collects every part into summary.md / summary.json.
 */
export function recordFigures(area: string, figures: Figure[]): void {
  fs.mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `${area}.json`);
  const kept = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as (Figure & { area: string })[]) : [];
  const names = new Set(figures.map((f) => f.scenario));
  const rows = [...kept.filter((f) => !names.has(f.scenario)), ...figures.map((f) => ({ area, ...f, value: f.value === null ? null : Math.round(f.value * 100) / 100, raw: f.raw === null ? null : Math.round(f.raw * 100) / 100 }))];
  fs.writeFileSync(file, JSON.stringify(rows, null, 2));
}

/** Sorted-sample percentile (p in 0..1). */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
}
