import { describe, expect, it } from 'vitest';
import { syncIndicator, type IndicatorFacts } from './indicator';

const facts = (over: Partial<IndicatorFacts>): IndicatorFacts => ({ joined: true, state: 'synced', failureCode: null, pending: 0, refused: 0, ...over });

describe('syncIndicator', () => {
  it.each([
    ['a PC in no team says so, whatever waits in its log', facts({ joined: false, pending: 12 }), { kind: 'standalone', pending: 0 }],
    ['a round that reached the server with nothing waiting is synced', facts({}), { kind: 'synced' }],
    ['an edit made since the last round is pending, not synced', facts({ pending: 1 }), { kind: 'pending', pending: 1 }],
    ['a PC that has not finished its first round is not yet synced', facts({ state: null }), { kind: 'pending' }],
    ['an unreachable server is offline with the count that waits', facts({ state: 'offline', pending: 3 }), { kind: 'offline', pending: 3 }],
    ['a refusing server is a failure with its reason', facts({ state: 'failed', failureCode: 'unauthorized', pending: 2 }), { kind: 'failed', reason: 'unauthorized', pending: 2 }],
    ['edits the server refused are a failure until dismissed, even when the rest synced', facts({ refused: 2 }), { kind: 'failed', reason: 'refused', refused: 2 }],
    ['a first sync under way shows how far it got', facts({ state: null, initialPercent: 35 }), { kind: 'initial', percent: 35 }],
    ['a first sync that lost the server says offline: the wait is what is happening now', facts({ state: 'offline', initialPercent: 35 }), { kind: 'offline' }],
    ['offline wins over older refusals: the wait is what is happening now', facts({ state: 'offline', refused: 2, pending: 1 }), { kind: 'offline', pending: 1 }],
  ])('%s', (_name, input, expected) => {
    expect(syncIndicator(input)).toMatchObject(expected);
  });
});
