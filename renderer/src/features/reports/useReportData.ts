import { useMemo } from 'react';
import { emptyFacts, previousRange, type Range, type ReportFacts } from '@shared/domain/reports';
import { DAY, startOfShanghaiDay } from '@shared/lib/time';
import { listAgents, listShops, reportFacts, useLive, useSharedLive } from '../../data';

/**
 * The counted records of a period and of the one before it, live: any write to a table they read
 * re-runs the read. A period that runs to now is read to the end of today, so a reply written a
 * second from now is in it without waiting for the clock to tick.
 */
export function useReportData(range: Range, now: number): { facts: ReportFacts | null; previous: ReportFacts | null; ready: boolean; ms: number | null } {
  const readUntil = range.until >= now - 1000 ? Math.max(range.until, startOfShanghaiDay(now) + DAY) : range.until;
  // The period before moves in 5-minute steps, so a running period does not restart its read every tick.
  const previousOf = previousRange({ from: range.from, until: Math.ceil(range.until / 300_000) * 300_000 });
  // Each answer names the range it is for, so a screen never shows last period's figures as this one's.
  const key = `${range.from}|${readUntil}`;
  // The clock is read when the query runs (a write re-runs it); a slow tick only moves open rounds
  // past their 3 minutes. Not every 30 s: a year's read may take longer than that, and a restart
  // on every tick would never answer.
  const current = useLive(async () => {
    const t0 = performance.now();
    const facts = await reportFacts({ from: range.from, until: readUntil }, Date.now());
    return { key, facts, ms: performance.now() - t0 };
  }, [key, Math.floor(now / 300_000)], null);
  const prevKey = `${previousOf.from}|${previousOf.until}`;
  const previous = useLive(async () => ({ key: prevKey, facts: await reportFacts(previousOf, previousOf.until) }), [prevKey], null);
  const facts = current?.key === key ? current.facts : null;
  const before = previous?.key === prevKey ? previous.facts : null;
  return { facts, previous: before, ready: facts !== null && before !== null, ms: current?.key === key ? current.ms : null };
}

/** Names of agents and shops for tables and charts; an unknown id shows as itself. */
export function useNames(): { agent: (id: string | null) => string; shop: (id: string | null) => string; agents: { id: string; name: string }[] } {
  const agents = useSharedLive(listAgents, []);
  const shops = useSharedLive(listShops, []);
  return useMemo(() => {
    const a = new Map(agents.map((x) => [x.id, x.name]));
    const s = new Map(shops.map((x) => [x.id, x.name]));
    return { agent: (id) => (id === null ? '—' : a.get(id) ?? id), shop: (id) => (id === null ? '—' : s.get(id) ?? id), agents };
  }, [agents, shops]);
}

export const NO_FACTS = emptyFacts();
