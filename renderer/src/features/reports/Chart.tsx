import { useEffect, useRef } from 'react';
import { initChart, type ChartOption, type EChartsType } from './echarts';

/** What a click on a chart point says: the series and the category (or the [x, y] of a heat map cell). */
export interface ChartPick {
  seriesId: string | undefined;
  name: string;
  value: unknown;
  dataIndex: number;
}

/**
 * One ECharts chart: made once, its option replaced when the figures change, resized with its
 * box, disposed on unmount. A click on a point calls `onPick` (the drill-down).
 */
export function Chart({ option, onPick, label, testId, height = 240 }: { option: ChartOption; onPick?: (p: ChartPick) => void; label: string; testId?: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const c = initChart(el);
    chart.current = c;
    c.on('click', (p) => pick.current?.({ seriesId: (p as { seriesId?: string }).seriesId, name: p.name, value: p.value, dataIndex: p.dataIndex }));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option]);

  return <div ref={box} className="chart" role="img" aria-label={label} data-testid={testId} style={{ height }} />;
}
