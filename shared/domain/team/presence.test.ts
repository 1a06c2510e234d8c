import { describe, expect, it } from 'vitest';
import { boardPresence, presenceOf, PRESENCE_RULES, PRESENCE_STALE_MS } from './presence';

const NOW = 1_750_000_000_000;
const IDLE = PRESENCE_RULES.awayAfterMs;
const FULL = PRESENCE_RULES.busyOver;

describe('an agent’s presence', () => {
  it.each([
    ['an active agent with a few buyers is online', 'online', 0, 2, 'online'],
    ['an agent who set 忙碌 is busy', 'busy', 0, 0, 'busy'],
    ['an agent who set 离开 is away, even while typing', 'away', 0, 0, 'away'],
    ['holding exactly the limit is still online', 'online', 0, FULL, 'online'],
    ['holding more than the limit is busy', 'online', 0, FULL + 1, 'busy'],
    ['idle just under the limit is still online', 'online', IDLE - 1, 0, 'online'],
    ['idle for the limit is away', 'online', IDLE, 0, 'away'],
    ['idle wins over a full queue: nobody is at the PC', 'online', IDLE, FULL + 5, 'away'],
    ['idle wins over a chosen 忙碌', 'busy', IDLE + 1, 0, 'away'],
  ] as const)('%s', (_name, chosen, idleMs, holding, expected) => {
    expect(presenceOf({ chosen, lastActiveAt: NOW - idleMs, holding }, NOW)).toBe(expected);
  });
});

describe('the presence the board shows', () => {
  it.each([
    ['nobody signed in', null, 'signedOut'],
    ['a fresh heartbeat says how the agent is', { state: 'busy', at: NOW - 1_000 }, 'busy'],
    ['a heartbeat exactly at the stale line still counts', { state: 'online', at: NOW - PRESENCE_STALE_MS }, 'online'],
    ['a heartbeat older than that: the PC is gone', { state: 'online', at: NOW - PRESENCE_STALE_MS - 1 }, 'gone'],
  ] as const)('%s', (_name, reported, expected) => {
    expect(boardPresence(reported, NOW)).toBe(expected);
  });
});
