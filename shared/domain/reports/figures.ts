import type { PaymentCredit } from '../payments/attribution';
import { aftersaleFigures, casePlace, paidOrderPlace, reviewFigures, reviewPlace, type CaseFact, type PaidOrderFact, type ReviewFact } from './aftersale';
import { consultationPlace, conversionFigures, type CreditedConsultation } from './conversion';
import { cellKey, groupFacts, inCell, ratio, type Cell, type GroupKey, type Place } from './group';
import { outcomeFigures, outcomePlace, type OutcomeFact } from './outcome';
import { responseFigures, roundPlace, type CountedRound, type Round } from './responseRate';

/**
 * Every record the figures of one period count, as read from the store. Each figure is a pure
 * function of these; a drill-down filters the same lists, so it lists exactly what was counted.
 * Records of other PCs (team mode) are the same kinds of rows: nothing here knows which PC wrote them.
 */
export interface ReportFacts {
  /** Every buyer round of the period, any hour, bot-answered or not: 接待量. */
  visits: Round[];
  rounds: CountedRound[];
  consultations: CreditedConsultation[];
  payments: PaymentCredit[];
  cases: CaseFact[];
  paidOrders: PaidOrderFact[];
  reviews: ReviewFact[];
  outcomes: OutcomeFact[];
}

/** Which list a figure counts, so its drill-down knows what to show. */
export type FactKind = keyof ReportFacts;

export type Unit = 'pct' | 'ms' | 'count' | 'fen';

export const FIGURE_IDS = [
  'served', 'responseRate', 'firstReply', 'meanReply', 'rounds',
  'consulted', 'ordered', 'paid', 'conversion', 'sales', 'perBuyer',
  'paymentRate', 'recovered',
  'refundRate', 'selfCloseRate', 'disputeRate',
  'reviewModifyRate', 'reviewResolve',
  'notBought',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export type FigureValues = Record<FigureId, number | null>;

const placeOf: { [K in FactKind]: (f: ReportFacts[K][number]) => Place } = {
  visits: (r) => ({ agentId: r.agentId, shopId: r.shopId, at: r.startedAt }),
  rounds: roundPlace,
  consultations: consultationPlace,
  payments: (p) => ({ agentId: p.agentId, shopId: p.shopId, at: p.at }),
  cases: casePlace,
  paidOrders: paidOrderPlace,
  reviews: reviewPlace,
  outcomes: outcomePlace,
};

export const FIGURES: Readonly<Record<FigureId, { unit: Unit; kind: FactKind; higherIsBetter: boolean }>> = {
  served: { unit: 'count', kind: 'visits', higherIsBetter: true },
  responseRate: { unit: 'pct', kind: 'rounds', higherIsBetter: true },
  firstReply: { unit: 'ms', kind: 'rounds', higherIsBetter: false },
  meanReply: { unit: 'ms', kind: 'rounds', higherIsBetter: false },
  rounds: { unit: 'count', kind: 'rounds', higherIsBetter: true },
  consulted: { unit: 'count', kind: 'consultations', higherIsBetter: true },
  ordered: { unit: 'count', kind: 'consultations', higherIsBetter: true },
  paid: { unit: 'count', kind: 'consultations', higherIsBetter: true },
  conversion: { unit: 'pct', kind: 'consultations', higherIsBetter: true },
  sales: { unit: 'fen', kind: 'consultations', higherIsBetter: true },
  perBuyer: { unit: 'fen', kind: 'consultations', higherIsBetter: true },
  paymentRate: { unit: 'pct', kind: 'payments', higherIsBetter: true },
  recovered: { unit: 'fen', kind: 'payments', higherIsBetter: true },
  refundRate: { unit: 'pct', kind: 'cases', higherIsBetter: false },
  selfCloseRate: { unit: 'pct', kind: 'cases', higherIsBetter: true },
  disputeRate: { unit: 'pct', kind: 'cases', higherIsBetter: false },
  reviewModifyRate: { unit: 'pct', kind: 'reviews', higherIsBetter: true },
  reviewResolve: { unit: 'ms', kind: 'reviews', higherIsBetter: false },
  notBought: { unit: 'count', kind: 'outcomes', higherIsBetter: false },
};

/** Every figure of some facts (one cell's, or a whole period's). */
export function figureValues(f: ReportFacts): FigureValues {
  const r = responseFigures(f.rounds);
  const c = conversionFigures(f.consultations);
  const paidReminders = f.payments.filter((p) => p.paid);
  const a = aftersaleFigures(f.cases, f.paidOrders.length);
  const v = reviewFigures(f.reviews);
  const o = outcomeFigures(f.outcomes);
  return {
    served: new Set(f.visits.map((v) => v.conversationId)).size,
    responseRate: r.rate,
    firstReply: r.firstReplyMs,
    meanReply: r.meanReplyMs,
    rounds: r.rounds,
    consulted: c.consulted,
    ordered: c.ordered,
    paid: c.paid,
    conversion: c.conversion,
    sales: c.salesFen,
    perBuyer: c.perBuyerFen,
    paymentRate: ratio(paidReminders.length, f.payments.length),
    recovered: paidReminders.reduce((s, p) => s + p.paidFen, 0),
    refundRate: a.refundRate,
    selfCloseRate: a.selfCloseRate,
    disputeRate: a.disputeRate,
    reviewModifyRate: v.modifyRate,
    reviewResolve: v.meanResolveMs,
    notBought: o.tagged - o.ordered,
  };
}

const KINDS: readonly FactKind[] = ['visits', 'rounds', 'consultations', 'payments', 'cases', 'paidOrders', 'reviews', 'outcomes'];

/** Splits every list into the grouping's cells: one ReportFacts per cell that has any record. */
export function factsByCell(f: ReportFacts, groupBy: readonly GroupKey[]): Array<{ cell: Cell; facts: ReportFacts }> {
  const cells = new Map<string, { cell: Cell; facts: ReportFacts }>();
  for (const kind of KINDS) {
    const place = placeOf[kind] as (x: unknown) => Place;
    for (const g of groupFacts(f[kind] as unknown[], groupBy, place)) {
      const key = cellKey(g.cell);
      const entry = cells.get(key) ?? { cell: g.cell, facts: emptyFacts() };
      Object.assign(entry.facts, { [kind]: g.facts });
      cells.set(key, entry);
    }
  }
  const order = (a: Cell, b: Cell): number =>
    (a.day ?? '').localeCompare(b.day ?? '') || (a.hour ?? -1) - (b.hour ?? -1) || String(a.shopId).localeCompare(String(b.shopId)) || String(a.agentId).localeCompare(String(b.agentId));
  return [...cells.values()].sort((a, b) => order(a.cell, b.cell));
}

export function emptyFacts(): ReportFacts {
  return { visits: [], rounds: [], consultations: [], payments: [], cases: [], paidOrders: [], reviews: [], outcomes: [] };
}

/** A row of the report table: the cell and every figure in it. */
export interface FigureRow extends Cell {
  values: FigureValues;
}

export function figureRows(f: ReportFacts, groupBy: readonly GroupKey[]): FigureRow[] {
  return factsByCell(f, groupBy).map(({ cell, facts }) => ({ ...cell, values: figureValues(facts) }));
}

/** The records behind one figure in one cell (null cell: the whole period): what a drill-down lists. */
export function factsBehind<K extends FactKind>(f: ReportFacts, kind: K, cell: Cell | null): ReportFacts[K] {
  const list = f[kind] as unknown[];
  if (!cell) return list as ReportFacts[K];
  const place = placeOf[kind] as (x: unknown) => Place;
  return list.filter((x) => inCell(cell, place(x))) as ReportFacts[K];
}
