import { describe, expect, it } from 'vitest';
import { autoReplyReason, type AutoReplyInput } from './autoReply';

const T0 = 1_700_000_000_000;
const base: AutoReplyInput = { presence: 'busy', status: 'waiting', lastBuyerAt: T0, lastAutoAt: null, waitingCount: 1, now: T0 + 1000 };

describe('auto reply by agent status, once per round', () => {
  it.each([
    ['online, quiet desk', { presence: 'online' }, null],
    ['busy', {}, 'busy'],
    ['away', { presence: 'away' }, 'away'],
    ['already auto-replied in this round', { lastAutoAt: T0 + 500 }, null],
    ['auto-replied in an earlier round only', { lastAutoAt: T0 - 60_000 }, 'busy'],
    ['answered conversations get nothing', { status: 'answered' }, null],
    ['online but overloaded (12 waiting) and waited 90 s', { presence: 'online', waitingCount: 12, now: T0 + 90_000 }, 'overload'],
    ['online, overloaded, waited only 30 s', { presence: 'online', waitingCount: 12, now: T0 + 30_000 }, null],
  ] as const)('%s', (_name, patch, expected) => {
    expect(autoReplyReason({ ...base, ...patch } as AutoReplyInput)).toBe(expected);
  });

  it('replies once: after the auto reply is recorded the same round gets no second one', () => {
    const first = autoReplyReason(base);
    expect(first).toBe('busy');
    expect(autoReplyReason({ ...base, lastAutoAt: base.now, now: base.now + 60_000 })).toBeNull();
    // The buyer writes again after an agent's answer: a new round, a new auto reply.
    expect(autoReplyReason({ ...base, lastAutoAt: base.now, lastBuyerAt: base.now + 120_000, now: base.now + 121_000 })).toBe('busy');
  });
});
