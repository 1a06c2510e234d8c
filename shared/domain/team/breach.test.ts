import { describe, expect, it } from 'vitest';
import type { BoardConversation } from './board';
import { breachKey, breachPass, teamBreaches } from './breach';

const NOW = 1_750_000_000_000;
const MIN = 60_000;
const conv = (id: string, over: Partial<BoardConversation>): BoardConversation => ({ id, status: 'waiting', lastBuyerAt: NOW - 4 * MIN, assignedTo: null, transfer: null, deletedAt: null, ...over });

describe('3-minute breaches in the team, on the supervisor’s PC', () => {
  it.each([
    ['a buyer handed to a colleague, waiting over 3 minutes, is a breach', conv('c', { transfer: { to: 'jie' } }), ['jie']],
    ['exactly at 3 minutes it is one', conv('c', { transfer: { to: 'jie' }, lastBuyerAt: NOW - 3 * MIN }), ['jie']],
    ['under 3 minutes it is not yet', conv('c', { transfer: { to: 'jie' }, lastBuyerAt: NOW - 3 * MIN + 1 }), []],
    ['a buyer handed to me rings on my own 接待 alarm, not here', conv('c', { transfer: { to: 'boss' } }), []],
    ['a buyer nobody was handed rings on my own 接待 alarm, not here', conv('c', { assignedTo: 'jie' }), []],
    ['an answered buyer is no breach', conv('c', { transfer: { to: 'jie' }, status: 'answered' }), []],
    ['a deleted conversation is no breach', conv('c', { transfer: { to: 'jie' }, deletedAt: NOW - 1 }), []],
  ] as const)('%s', (_name, c, agents) => {
    expect(teamBreaches([c], 'boss', NOW).map((b) => b.agentId)).toEqual(agents);
  });

  it('rings new breaches once and acknowledges the ones that ended', () => {
    const a = { key: breachKey('a', 1), conversationId: 'a', agentId: 'jie', lastBuyerAt: 1 };
    const b = { key: breachKey('b', 2), conversationId: 'b', agentId: 'li', lastBuyerAt: 2 };
    const first = breachPass([a], new Set());
    expect([first.show, first.ack]).toEqual([[a], []]);
    const second = breachPass([a, b], first.rung);
    expect([second.show, second.ack]).toEqual([[b], []]);
    const third = breachPass([b], second.rung);
    expect([third.show, third.ack]).toEqual([[], [a.key]]);
  });
});
