import type { FigureId, Unit } from '@shared/domain/reports';
import { FIGURES } from '@shared/domain/reports';
import { formatYuan } from '@shared/lib/money';

export type Duration = (ms: number, opts?: { seconds?: boolean }) => string;

/** A figure's value as the screen shows it; '—' when there is nothing to compute it from. */
export function formatValue(unit: Unit, v: number | null, duration: Duration): string {
  if (v === null) return '—';
  switch (unit) {
    case 'pct': return `${(v * 100).toFixed(1)}%`;
    case 'ms': return duration(v, { seconds: true });
    case 'fen': return formatYuan(v);
    case 'count': return String(v);
  }
}

export const formatFigure = (id: FigureId, v: number | null, duration: Duration): string => formatValue(FIGURES[id].unit, v, duration);

/** The change from the previous period as text (+1.2 pt, −3, +¥12.00) and whether it is better. */
export function formatChange(id: FigureId, now: number | null, before: number | null, duration: Duration): { text: string; better: boolean | null } {
  if (now === null || before === null) return { text: '', better: null };
  const d = now - before;
  if (d === 0) return { text: '±0', better: null };
  const { unit, higherIsBetter } = FIGURES[id];
  const sign = d > 0 ? '+' : '−';
  const abs = Math.abs(d);
  const text = unit === 'pct' ? `${sign}${(abs * 100).toFixed(1)}pt` : unit === 'ms' ? `${sign}${duration(abs, { seconds: true })}` : unit === 'fen' ? `${sign}${formatYuan(abs)}` : `${sign}${abs}`;
  return { text, better: d > 0 === higherIsBetter };
}
