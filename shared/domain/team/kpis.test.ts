import { describe, expect, it } from 'vitest';
import type { ChatLine } from '../reports/responseRate';
import { teamKpis } from './kpis';

/** 14:00 in Shanghai: inside the hours the response rate counts. */
const NOW = Date.UTC(2026, 11, 2, 6, 0);
const DAY = Date.UTC(2026, 11, 1, 16, 0);
const MIN = 60_000;
const line = (conversationId: string, from: ChatLine['from'], minutesAgo: number, agentId: string | null = null): ChatLine => ({ conversationId, shopId: 's', from, at: NOW - minutesAgo * MIN, agentId });

describe('today’s KPIs per agent on the 团队 board', () => {
  const rows = teamKpis(
    ['jie', 'li'],
    {
      lines: [
        line('c1', 'buyer', 30), line('c1', 'agent', 29, 'jie'), line('c1', 'agent', 28, 'jie'),
        line('c2', 'buyer', 20), line('c2', 'auto', 19), line('c2', 'agent', 10, 'li'),
        line('c3', 'buyer', 60 * 15), line('c3', 'agent', 60 * 15 - 1, 'li'),
      ],
      payments: [{ agentId: 'jie', reminded: 3, paid: 2 }, { agentId: null, reminded: 9, paid: 9 }],
      closed: [{ ownerId: 'li', at: NOW - MIN }, { ownerId: 'li', at: DAY - 1 }, { ownerId: 'gone', at: NOW - MIN }],
    },
    DAY,
    NOW,
  );
  const row = (id: string) => rows.find((r) => r.agentId === id);

  it.each([
    ['counts every manual reply of today, not auto replies or yesterday’s', 'jie', { replies: 2 }],
    ['takes the 3-minute rate from the 报表’s rule (an auto reply does not end the round)', 'li', { rounds: 1, within: 0, rate: 0 }],
    ['a round answered in time counts as within', 'jie', { rounds: 1, within: 1, rate: 1 }],
    ['takes 催付 reminded and paid as the 报表 attributes them', 'jie', { reminded: 3, paid: 2 }],
    ['counts cases closed today by their owner only', 'li', { casesClosed: 1 }],
    ['an agent without 催付 today has zeros', 'li', { reminded: 0, paid: 0 }],
  ])('%s', (_name, id, expected) => {
    expect(row(id)).toMatchObject(expected);
  });

  it('names only the team’s agents', () => {
    expect(rows.map((r) => r.agentId)).toEqual(['jie', 'li']);
  });
});
