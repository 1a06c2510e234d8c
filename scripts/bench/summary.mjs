// The bench summary: every figure of a run beside its raw-IndexedDB counterpart and beside the
// previous run's figure, as Markdown (test-results/bench/summary.md) and JSON (summary.json).
// Figures are reported, never asserted. Pure functions here; scripts/bench.mjs does the files.

/**
 * @typedef {{ area: string, scenario: string, value: number | null, unit: string, raw: number | null, note?: string }} Figure
 * A figure: `value` measured through the app, `raw` the same work done with raw IndexedDB in
 * the same run (null when there is no such counterpart), `unit` ms, rows/s, MB…
 */

/** Slots other benches fill; shown as "not measured" until a run writes them. */
export const SLOTS = [
  { area: 'import', scenario: 'order import rows/s (vs raw puts/s)', unit: 'rows/s' },
  { area: 'restore', scenario: 'restore a full backup: time', unit: 's' },
  { area: 'restore', scenario: 'restore a full backup: peak memory', unit: 'MB' },
];

const keyOf = (f) => `${f.area} · ${f.scenario}`;
const round = (x) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 100) / 100);

/**
 * Merges this run's figures with the slots and the previous summary (by area + scenario).
 * Figures of parts this run did not measure (`npm run bench -- orders`) are carried over as they
 * were, with when they were measured, so the next full run still finds them to compare with.
 */
export function summarize(figures, previous, at) {
  const earlier = [
    ...(previous?.carried ?? []),
    ...(previous?.figures ?? []).filter((f) => f.value !== null).map((f) => ({ ...f, measuredAt: previous.at })),
  ];
  const prev = new Map(earlier.map((f) => [keyOf(f), f]));
  const seen = new Set(figures.map(keyOf));
  const slots = SLOTS.filter((s) => !seen.has(keyOf(s))).map((s) => ({ ...s, value: null, raw: null, note: 'not measured in this run (its own bench fills it)' }));
  const rows = [...figures, ...slots].map((f) => {
    const value = round(f.value);
    const raw = round(f.raw);
    const before = prev.get(keyOf(f));
    return {
      area: f.area, scenario: f.scenario, unit: f.unit, value, raw,
      ratio: value !== null && raw ? round(value / raw) : null,
      previous: before ? round(before.value) : null,
      note: f.note ?? '',
    };
  });
  const carried = [...prev.values()].filter((f) => !seen.has(keyOf(f)));
  return { at, previousAt: previous?.at ?? null, figures: rows, carried };
}

const cell = (x) => (x === null ? '—' : String(x));

export function toMarkdown(summary) {
  const lines = [
    '# Bench summary',
    '',
    `Run ${summary.at}${summary.previousAt ? `; previous run ${summary.previousAt}` : '; no previous run to compare with'}.`,
    'Figures only, never asserted. `raw` is the same work done with raw IndexedDB in the same run; `×raw` = app / raw.',
    '',
    '| area | scenario | value | unit | raw | ×raw | previous | note |',
    '|---|---|---:|---|---:|---:|---:|---|',
  ];
  for (const f of summary.figures) {
    lines.push(`| ${f.area} | ${f.scenario} | ${cell(f.value)} | ${f.unit} | ${cell(f.raw)} | ${cell(f.ratio)} | ${cell(f.previous)} | ${f.note.replace(/\|/g, '\\|')} |`);
  }
  if (summary.carried.length) {
    lines.push('', 'Not measured in this run (kept from the run named):', '', '| area | scenario | value | unit | raw | measured |', '|---|---|---:|---|---:|---|');
    for (const f of summary.carried) lines.push(`| ${f.area} | ${f.scenario} | ${cell(round(f.value))} | ${f.unit} | ${cell(round(f.raw))} | ${f.measuredAt ?? '—'} |`);
  }
  return `${lines.join('\n')}\n`;
}
