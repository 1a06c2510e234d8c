import { describe, expect, it } from 'vitest';
import { fromShanghai, MINUTE } from '../../lib/time';
import { buyerRounds, responseRates, type ChatLine } from './responseRate';

const at = (h: number, m: number, s = 0) => fromShanghai(2026, 11, 20, h, m) + s * 1000;
const line = (conversationId: string, from: ChatLine['from'], time: number, agentId: string | null = null, shopId = 'S1'): ChatLine => ({ conversationId, shopId, from, at: time, agentId });
const late = at(23, 59) + 60 * MINUTE;

describe('buyer rounds', () => {
  it('starts a round at the first buyer line and ends it at the next manual reply', () => {
    const rounds = buyerRounds([
      line('c', 'buyer', at(10, 0)),
      line('c', 'buyer', at(10, 1)),
      line('c', 'auto', at(10, 0, 5)),
      line('c', 'agent', at(10, 2), 'A1'),
      line('c', 'buyer', at(11, 0)),
    ]);
    expect(rounds).toEqual([
      { conversationId: 'c', shopId: 'S1', startedAt: at(10, 0), repliedAt: at(10, 2), agentId: 'A1', first: true },
      { conversationId: 'c', shopId: 'S1', startedAt: at(11, 0), repliedAt: null, agentId: null, first: false },
    ]);
  });
});

describe('3-minute manual response rate', () => {
  it.each([
    ['a reply at 2:59 counts', [line('c', 'buyer', at(10, 0)), line('c', 'agent', at(10, 2, 59), 'A1')], 1, 1],
    ['a reply at exactly 3:00 counts', [line('c', 'buyer', at(10, 0)), line('c', 'agent', at(10, 3), 'A1')], 1, 1],
    ['a reply at 3:01 is late', [line('c', 'buyer', at(10, 0)), line('c', 'agent', at(10, 3, 1), 'A1')], 1, 0],
    ['an auto reply does not count as a response', [line('c', 'buyer', at(10, 0)), line('c', 'auto', at(10, 0, 2)), line('c', 'agent', at(10, 5), 'A1')], 1, 0],
    ['a round before 09:00 is not counted', [line('c', 'buyer', at(8, 59)), line('c', 'agent', at(9, 10), 'A1')], 0, 0],
    ['a round from 23:00 on is not counted', [line('c', 'buyer', at(23, 0)), line('c', 'agent', at(23, 10), 'A1')], 0, 0],
    ['an unanswered round older than 3 minutes is missed', [line('c', 'buyer', at(10, 0))], 1, 0],
  ] as const)('%s', (_name, lines, rounds, within) => {
    const [row] = responseRates(lines, [], late);
    expect(row?.rounds ?? 0).toBe(rounds);
    expect(row?.within ?? 0).toBe(within);
  });

  it('leaves out a round still inside its 3 minutes', () => {
    expect(responseRates([line('c', 'buyer', at(10, 0))], [], at(10, 2))).toEqual([]);
  });

  it('groups by agent, shop and Shanghai day, with the mean reply time', () => {
    const rows = responseRates(
      [
        line('a', 'buyer', at(10, 0)), line('a', 'agent', at(10, 1), 'A1'),
        line('b', 'buyer', at(10, 0), null, 'S2'), line('b', 'agent', at(10, 5), 'A2', 'S2'),
        line('c', 'buyer', at(12, 0)), line('c', 'agent', at(12, 3), 'A1'),
      ],
      ['agent', 'shop', 'day'],
      late,
    );
    expect(rows).toEqual([
      { agentId: 'A1', shopId: 'S1', day: '2026-11-20', hour: null, rounds: 2, within: 2, rate: 1, meanReplyMs: 2 * MINUTE, firstReplyMs: 2 * MINUTE, unanswered: 0 },
      { agentId: 'A2', shopId: 'S2', day: '2026-11-20', hour: null, rounds: 1, within: 0, rate: 0, meanReplyMs: 5 * MINUTE, firstReplyMs: 5 * MINUTE, unanswered: 0 },
    ]);
  });
});

describe('first and mean response time', () => {
  it.each([
    ['the first round of a conversation is its 首次响应; later rounds only move the mean',
      [line('c', 'buyer', at(10, 0)), line('c', 'agent', at(10, 1), 'A1'), line('c', 'buyer', at(10, 10)), line('c', 'agent', at(10, 13), 'A1')], MINUTE, 2 * MINUTE],
    ['a bot reply does not end the first round',
      [line('c', 'buyer', at(10, 0)), line('c', 'auto', at(10, 0, 3)), line('c', 'agent', at(10, 2), 'A1')], 2 * MINUTE, 2 * MINUTE],
    ['after a transfer (a system line) the round runs until the receiver answers, and is theirs',
      [line('c', 'buyer', at(10, 0)), line('c', 'system', at(10, 1)), line('c', 'agent', at(10, 4), 'A2')], 4 * MINUTE, 4 * MINUTE],
    ['a first round outside 09:00–23:00 is not counted', [line('c', 'buyer', at(8, 0)), line('c', 'agent', at(8, 1), 'A1')], null, null],
  ] as const)('%s', (_name, lines, first, meanMs) => {
    const [row] = responseRates(lines, [], late);
    expect(row?.firstReplyMs ?? null).toBe(first);
    expect(row?.meanReplyMs ?? null).toBe(meanMs);
  });

  it('credits a transferred round to the agent who answered it', () => {
    const rows = responseRates([line('c', 'buyer', at(10, 0)), line('c', 'system', at(10, 1)), line('c', 'agent', at(10, 2), 'A2')], ['agent'], late);
    expect(rows.map((r) => r.agentId)).toEqual(['A2']);
  });

  it('groups by hour of day', () => {
    const rows = responseRates([line('a', 'buyer', at(10, 0)), line('a', 'agent', at(10, 1), 'A1'), line('b', 'buyer', at(14, 59)), line('b', 'agent', at(15, 1), 'A1')], ['hour'], late);
    expect(rows.map((r) => [r.hour, r.rounds])).toEqual([[10, 1], [14, 1]]);
  });
});
