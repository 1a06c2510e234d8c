import type { Cell as SheetCell } from '../../lib/csv';
import { formatShanghaiTime, shanghaiDate } from '../../lib/time';
import type { Cell } from './group';
import { FIGURE_IDS, FIGURES, type FactKind, type FigureId, type FigureRow, type FigureValues, type ReportFacts, type Unit } from './figures';
import type { GroupKey } from './group';

/** Words the tables need, looked up by the caller in the agent's language. */
export interface TableWords {
  label: (key: string) => string;
  agent: (id: string | null) => string;
  shop: (id: string | null) => string;
  buyer: (id: string) => string;
  order: (id: string) => string;
}

export interface Table {
  header: string[];
  rows: SheetCell[][];
}

/** A figure as a spreadsheet number in the unit its header names: % with one decimal, seconds, 元, a count. */
export function exportNumber(unit: Unit, v: number | null): number | null {
  if (v === null) return null;
  switch (unit) {
    case 'pct': return Math.round(v * 1000) / 10;
    case 'ms': return Math.round(v / 1000);
    case 'fen': return Math.round(v) / 100;
    case 'count': return v;
  }
}

const figureHeader = (id: FigureId, w: TableWords): string => {
  const unit = FIGURES[id].unit;
  return `${w.label(`reports.fig.${id}.name`)}${unit === 'count' ? '' : w.label(`reports.unit.${unit}`)}`;
};

const cellColumns = (groupBy: readonly GroupKey[], w: TableWords): string[] =>
  (['day', 'hour', 'shop', 'agent'] as const).filter((g) => groupBy.includes(g)).map((g) => w.label(`reports.col.${g}`));

const cellValues = (c: Cell, groupBy: readonly GroupKey[], w: TableWords): SheetCell[] =>
  (['day', 'hour', 'shop', 'agent'] as const).filter((g) => groupBy.includes(g)).map((g) => (g === 'day' ? c.day : g === 'hour' ? c.hour : g === 'shop' ? w.shop(c.shopId) : w.agent(c.agentId)));

/** A view as exported: a total row, then one row per cell, every figure a column. */
export function figureTable(total: FigureValues, rows: readonly FigureRow[], groupBy: readonly GroupKey[], w: TableWords): Table {
  const lead = cellColumns(groupBy, w);
  const values = (v: FigureValues): SheetCell[] => FIGURE_IDS.map((id) => exportNumber(FIGURES[id].unit, v[id]));
  return {
    header: [...(lead.length ? lead : [w.label('reports.col.scope')]), ...FIGURE_IDS.map((id) => figureHeader(id, w))],
    rows: [
      [...(lead.length ? lead.map((_, i) => (i === 0 ? w.label('reports.col.total') : null)) : [w.label('reports.col.total')]), ...values(total)],
      ...rows.map((r) => [...cellValues(r, groupBy, w), ...values(r.values)]),
    ],
  };
}

/** The period against the one before: one row per figure. */
export function comparisonTable(current: FigureValues, previous: FigureValues, w: TableWords): Table {
  return {
    header: [w.label('reports.col.figure'), w.label('reports.col.current'), w.label('reports.col.previous'), w.label('reports.col.change')],
    rows: FIGURE_IDS.map((id) => {
      const unit = FIGURES[id].unit;
      const a = exportNumber(unit, current[id]);
      const b = exportNumber(unit, previous[id]);
      return [figureHeader(id, w), a, b, a === null || b === null ? null : Math.round((a - b) * 100) / 100];
    }),
  };
}

const time = (at: number | null): string => (at === null ? '' : `${shanghaiDate(at)} ${formatShanghaiTime(at)}`);
const secs = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 1000));
const yuan = (fen: number): number => Math.round(fen) / 100;

/**
 * The records behind a figure, as the drill-down shows them and exports them: one row per
 * counted record, the same list the figure was computed from. `ids` gives each row's record
 * (conversation, order or case) so a row can open it.
 */
export function drillTable<K extends FactKind>(kind: K, facts: ReportFacts[K], w: TableWords): Table & { ids: string[] } {
  const L = (k: string): string => w.label(`reports.drill.${k}`);
  switch (kind) {
    case 'visits': {
      const list = facts as ReportFacts['visits'];
      return { header: [L('startedAt'), L('shop'), L('repliedAt'), L('agent')], rows: list.map((r) => [time(r.startedAt), w.shop(r.shopId), time(r.repliedAt), r.agentId ? w.agent(r.agentId) : '']), ids: list.map((r) => r.conversationId) };
    }
    case 'rounds': {
      const list = facts as ReportFacts['rounds'];
      return {
        header: [L('startedAt'), L('shop'), L('repliedAt'), L('waitSeconds'), L('within'), L('first'), L('agent')],
        rows: list.map((r) => [time(r.startedAt), w.shop(r.shopId), time(r.repliedAt), secs(r.waitMs), r.within ? L('yes') : L('no'), r.first ? L('yes') : L('no'), r.agentId ? w.agent(r.agentId) : '']),
        ids: list.map((r) => r.conversationId),
      };
    }
    case 'consultations': {
      const list = facts as ReportFacts['consultations'];
      return {
        header: [L('startedAt'), L('buyer'), L('shop'), L('agent'), L('orders'), L('paidYuan')],
        rows: list.map((c) => [time(c.at), w.buyer(c.buyerId), w.shop(c.shopId), w.agent(c.agentId), c.orders.map((o) => o.orderNo).join(' '), yuan(c.paidFen)]),
        ids: list.map((c) => c.conversationId),
      };
    }
    case 'payments': {
      const list = facts as ReportFacts['payments'];
      return { header: [L('remindedAt'), L('order'), L('shop'), L('agent'), L('paid'), L('paidYuan')], rows: list.map((p) => [time(p.at), w.order(p.orderId), w.shop(p.shopId), w.agent(p.agentId), p.paid ? L('yes') : L('no'), yuan(p.paidFen)]), ids: list.map((p) => p.orderId) };
    }
    case 'paidOrders': {
      const list = facts as ReportFacts['paidOrders'];
      return { header: [L('paidAt'), L('order'), L('shop'), L('agent')], rows: list.map((o) => [time(o.paidAt), w.order(o.id), w.shop(o.shopId), o.agentId ? w.agent(o.agentId) : '']), ids: list.map((o) => o.id) };
    }
    case 'cases': {
      const list = facts as ReportFacts['cases'];
      return {
        header: [L('createdAt'), L('caseType'), L('status'), L('shop'), L('agent'), L('refundYuan'), L('dispute')],
        rows: list.map((t) => [time(t.createdAt), w.label(`reports.caseType.${t.type}`), w.label(`reports.caseStatus.${t.status}`), w.shop(t.shopId), t.ownerId ? w.agent(t.ownerId) : '', t.amountFen === null ? null : yuan(t.amountFen), t.fields?.platformIntervened === true ? L('yes') : L('no')]),
        ids: list.map((t) => t.id),
      };
    }
    case 'reviews': {
      const list = facts as ReportFacts['reviews'];
      return {
        header: [L('postedAt'), L('buyer'), L('status'), L('shop'), L('agent'), L('closedAt')],
        rows: list.map((r) => [time(r.postedAt), w.buyer(r.buyerId), w.label(`reports.reviewStatus.${r.status}`), w.shop(r.shopId), r.ownerId ? w.agent(r.ownerId) : '', time(r.closedAt ?? null)]),
        ids: list.map((r) => r.id),
      };
    }
    case 'outcomes': {
      const list = facts as ReportFacts['outcomes'];
      return {
        header: [L('resolvedAt'), L('shop'), L('agent'), L('outcome')],
        rows: list.map((o) => [time(o.at), w.shop(o.shopId), o.agentId ? w.agent(o.agentId) : '', o.ordered ? w.label('reports.outcome.ordered') : w.label(`reports.reason.${o.reason ?? 'other'}`)]),
        ids: list.map((o) => o.conversationId),
      };
    }
  }
  return { header: [], rows: [], ids: [] };
}
