import { DAY } from '../../lib/time';
import { emptyFacts, figureRows, figureValues, type FigureValues, type ReportFacts } from './figures';
import { weekStart, type Range } from './period';

/** The weekly report handed up: the week's figures against the week before, for the shop and per agent. */
export interface WeeklyRow {
  agentId: string | null;
  week: FigureValues;
  before: FigureValues;
}

export interface WeeklyFigures {
  week: Range;
  before: Range;
  total: WeeklyRow;
  agents: WeeklyRow[];
}

/** The last whole week (Monday–Sunday, Shanghai) before `now`, and the week before it. */
export function lastWholeWeek(now: number): { week: Range; before: Range } {
  const thisMonday = weekStart(now);
  return { week: { from: thisMonday - 7 * DAY, until: thisMonday }, before: { from: thisMonday - 14 * DAY, until: thisMonday - 7 * DAY } };
}

/** Figures of one week against the previous one: a total row and one row per agent in either week. */
export function weeklyReport(week: Range, before: Range, current: ReportFacts, previous: ReportFacts): WeeklyFigures {
  const now = new Map(figureRows(current, ['agent']).map((r) => [r.agentId, r.values]));
  const then = new Map(figureRows(previous, ['agent']).map((r) => [r.agentId, r.values]));
  const empty = figureValues(emptyFacts());
  const ids = [...new Set([...now.keys(), ...then.keys()])].filter((id): id is string => id !== null).sort();
  return {
    week,
    before,
    total: { agentId: null, week: figureValues(current), before: figureValues(previous) },
    agents: ids.map((agentId) => ({ agentId, week: now.get(agentId) ?? empty, before: then.get(agentId) ?? empty })),
  };
}
