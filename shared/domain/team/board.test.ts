import { describe, expect, it } from 'vitest';
import { teamBoard, type BoardConversation } from './board';

const NOW = 1_750_000_000_000;
const DAY = NOW - 8 * 3_600_000;
const conv = (id: string, over: Partial<BoardConversation>): BoardConversation => ({ id, status: 'waiting', lastBuyerAt: NOW - 60_000, assignedTo: null, transfer: null, deletedAt: null, ...over });

describe('the supervisor’s team board', () => {
  const rows = teamBoard(
    ['jie', 'li'],
    [
      conv('c1', { assignedTo: 'jie', lastBuyerAt: NOW - 4 * 60_000 }),
      conv('c2', { assignedTo: 'jie', lastBuyerAt: NOW - 30_000 }),
      conv('c3', { assignedTo: 'jie', transfer: { to: 'li' }, lastBuyerAt: NOW - 90_000 }),
      conv('c4', { assignedTo: null }),
      conv('c5', { assignedTo: 'li', status: 'answered' }),
      conv('c6', { assignedTo: 'li', deletedAt: NOW - 1 }),
      conv('c7', { assignedTo: 'gone', lastBuyerAt: NOW - 10_000 }),
    ],
    [{ agentId: 'jie', at: NOW - 1_000 }, { agentId: 'jie', at: DAY - 1 }, { agentId: 'li', at: NOW - 5 }, { agentId: null, at: NOW - 5 }],
    NOW,
    DAY,
  );
  const row = (id: string) => rows.find((r) => r.agentId === id);

  it.each([
    ['counts an agent’s waiting buyers, the longest wait and those over the 3-minute line', 'jie', { waiting: 2, longestWaitMs: 240_000, overLine: 1 }],
    ['puts a buyer handed to a colleague in the colleague’s queue', 'li', { waiting: 1, longestWaitMs: 90_000, overLine: 0 }],
    ['keeps buyers nobody holds (or held by someone no longer in the team) in the shared row', '', { waiting: 2, longestWaitMs: 60_000 }],
  ])('%s', (_name, id, expected) => {
    expect(row(id)).toMatchObject(expected);
  });

  it('counts today’s replies per agent, not yesterday’s', () => {
    expect([row('jie')?.repliesToday, row('li')?.repliesToday]).toEqual([1, 1]);
  });
});
