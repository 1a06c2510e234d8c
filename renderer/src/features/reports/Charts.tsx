import { useMemo } from 'react';
import { DAY, shanghaiParts } from '@shared/lib/time';
import { figureRows, figureValues, hourlyLoad, NOT_BOUGHT_REASONS, outcomeFigures, type Cell, type FactKind, type Range, type ReportFacts } from '@shared/domain/reports';
import { useTranslation } from '../../i18n';
import { Chart } from './Chart';
import type { ChartOption } from './echarts';

/** A drill-down request: which records, in which cell, optionally narrowed (a funnel step, a reason). */
export interface Drill {
  title: string;
  kind: FactKind;
  cell: Cell | null;
  keep?: (fact: never) => boolean;
}

const BRAND = ['#ff6a00', '#1258e0', '#1e7d52', '#8a5cd1', '#bf2a36'];
const NO_CELL: Cell = { agentId: null, shopId: null, day: null, hour: null };
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** The four pictures of a period: the daily trend, the 询单→下单→付款 funnel, 接待量 by hour, why buyers did not buy. */
export function Charts({ facts, range, onDrill }: { facts: ReportFacts; range: Range; onDrill: (d: Drill) => void }) {
  const { t } = useTranslation();
  const days = useMemo(() => figureRows(facts, ['day']), [facts]);
  const total = useMemo(() => figureValues(facts), [facts]);
  const load = useMemo(() => hourlyLoad(facts.visits), [facts]);
  const reasons = useMemo(() => outcomeFigures(facts.outcomes).reasons, [facts]);
  // Up to a month the heat map has a row per day; longer ranges fold into weekdays.
  const byWeekday = (range.until - range.from) / DAY > 31;

  const trend: ChartOption = useMemo(() => ({
    color: BRAND,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: 12 } },
    grid: { left: 40, right: 48, top: 32, bottom: 24 },
    xAxis: { type: 'category', data: days.map((d) => d.day?.slice(5) ?? '') },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { id: 'served', name: t('reports.fig.served.name'), type: 'bar', data: days.map((d) => d.values.served) },
      { id: 'consulted', name: t('reports.fig.consulted.name'), type: 'line', data: days.map((d) => d.values.consulted) },
      { id: 'paid', name: t('reports.fig.paid.name'), type: 'line', data: days.map((d) => d.values.paid) },
      { id: 'responseRate', name: t('reports.fig.responseRate.name'), type: 'line', yAxisIndex: 1, data: days.map((d) => (d.values.responseRate === null ? null : Math.round(d.values.responseRate * 1000) / 10)) },
    ],
  }), [days, t]);

  const funnel: ChartOption = useMemo(() => ({
    color: BRAND,
    tooltip: { trigger: 'item' },
    series: [{
      id: 'funnel', type: 'funnel', left: 20, right: 20, top: 10, bottom: 10, sort: 'none', minSize: '20%', gap: 2,
      label: { show: true, position: 'inside', formatter: '{b}  {c}', fontSize: 13 },
      data: [
        { name: t('reports.fig.consulted.name'), value: total.consulted ?? 0 },
        { name: t('reports.fig.ordered.name'), value: total.ordered ?? 0 },
        { name: t('reports.fig.paid.name'), value: total.paid ?? 0 },
      ],
    }],
  }), [total, t]);

  const heat: ChartOption = useMemo(() => {
    const rowsOf = byWeekday ? WEEKDAYS.map((w) => t(`reports.weekday.${w}`)) : [...new Set(load.map((c) => c.day))];
    const cells = new Map<string, number>();
    for (const c of load) {
      const weekday = new Date(`${c.day}T00:00:00Z`).getUTCDay();
      const row = byWeekday ? t(`reports.weekday.${weekday}`) : c.day;
      cells.set(`${row}|${c.hour}`, (cells.get(`${row}|${c.hour}`) ?? 0) + c.buyers);
    }
    const data = [...cells].map(([k, v]) => {
      const [row = '', hour = '0'] = k.split('|');
      return [Number(hour), rowsOf.indexOf(row), v];
    });
    const max = Math.max(1, ...data.map((d) => d[2] as number));
    return {
      tooltip: { position: 'top' },
      grid: { left: 70, right: 16, top: 8, bottom: 56 },
      xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => String(h)), splitArea: { show: true } },
      yAxis: { type: 'category', data: rowsOf.map((r) => (byWeekday ? r : r.slice(5))), splitArea: { show: true } },
      visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, inRange: { color: ['#fff7f0', '#ff6a00', '#8a2b00'] } },
      series: [{ id: 'load', type: 'heatmap', data, label: { show: rowsOf.length <= 10, fontSize: 10 } }],
    };
  }, [load, byWeekday, t]);

  const why: ChartOption = useMemo(() => ({
    color: ['#bf2a36'],
    tooltip: { trigger: 'axis' },
    grid: { left: 64, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: NOT_BOUGHT_REASONS.map((r) => t(`reports.reason.${r}`)), inverse: true },
    series: [{ id: 'reasons', type: 'bar', data: NOT_BOUGHT_REASONS.map((r) => reasons[r]), label: { show: true, position: 'right' } }],
  }), [reasons, t]);

  const dayCell = (index: number): Cell => ({ ...NO_CELL, day: days[index]?.day ?? null });
  return (
    <div className="report-charts">
      <figure className="report-chart">
        <figcaption>{t('reports.chart.trend')}</figcaption>
        <Chart option={trend} label={t('reports.chart.trend')} testId="chart-trend" onPick={(p) => {
          const id = (p.seriesId ?? 'served') as 'served' | 'consulted' | 'paid' | 'responseRate';
          const kind: FactKind = id === 'served' ? 'visits' : id === 'responseRate' ? 'rounds' : 'consultations';
          const keep = id === 'paid' ? ((c: ReportFacts['consultations'][number]) => c.orders.some((o) => o.paidAt !== null)) : undefined;
          onDrill({ title: `${t(`reports.fig.${id}.name`)} · ${days[p.dataIndex]?.day ?? ''}`, kind, cell: dayCell(p.dataIndex), keep: keep as Drill['keep'] });
        }} />
      </figure>
      <figure className="report-chart">
        <figcaption>{t('reports.chart.funnel')}</figcaption>
        <Chart option={funnel} label={t('reports.chart.funnel')} testId="chart-funnel" onPick={(p) => {
          const step = (['consulted', 'ordered', 'paid'] as const)[p.dataIndex] ?? 'consulted';
          const keep = step === 'ordered' ? (c: ReportFacts['consultations'][number]) => c.orders.length > 0 : step === 'paid' ? (c: ReportFacts['consultations'][number]) => c.orders.some((o) => o.paidAt !== null) : undefined;
          onDrill({ title: t(`reports.fig.${step}.name`), kind: 'consultations', cell: null, keep: keep as Drill['keep'] });
        }} />
      </figure>
      <figure className="report-chart">
        <figcaption>{t(byWeekday ? 'reports.chart.loadWeekday' : 'reports.chart.load')}</figcaption>
        <Chart option={heat} label={t('reports.chart.load')} testId="chart-load" height={byWeekday ? 240 : Math.max(200, 60 + 22 * new Set(load.map((c) => c.day)).size)} onPick={(p) => {
          const [hour, row] = p.value as [number, number, number];
          const day = byWeekday ? null : [...new Set(load.map((c) => c.day))][row] ?? null;
          const weekday = byWeekday ? WEEKDAYS[row] : undefined;
          // A folded row is one weekday over the whole range: the drill-down keeps that weekday's visits only.
          const keep = weekday === undefined ? undefined : ((v: ReportFacts['visits'][number]) => shanghaiParts(v.startedAt).weekday === weekday);
          const where = weekday === undefined ? day ?? '' : t(`reports.weekday.${weekday}`);
          onDrill({ title: `${t('reports.fig.served.name')} · ${where} ${hour}:00`, kind: 'visits', cell: { ...NO_CELL, day, hour }, keep: keep as Drill['keep'] });
        }} />
      </figure>
      <figure className="report-chart">
        <figcaption>{t('reports.chart.reasons')}</figcaption>
        <Chart option={why} label={t('reports.chart.reasons')} testId="chart-reasons" onPick={(p) => {
          const reason = NOT_BOUGHT_REASONS[p.dataIndex];
          onDrill({ title: `${t('reports.fig.notBought.name')} · ${t(`reports.reason.${reason ?? 'other'}`)}`, kind: 'outcomes', cell: null, keep: ((o: ReportFacts['outcomes'][number]) => !o.ordered && o.reason === reason) as Drill['keep'] });
        }} />
      </figure>
    </div>
  );
}
