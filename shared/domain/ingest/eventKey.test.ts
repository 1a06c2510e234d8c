import { describe, expect, it } from 'vitest';
import { derivedIds, eventKey } from './eventKey';

describe('an ingest event\'s identity', () => {
  it.each([
    ['the same id from two shops is two events', { shopId: 'shopA', eventId: '1001' }, { shopId: 'shopB', eventId: '1001' }, false],
    ['the same id from one shop is one event', { shopId: 'shopA', eventId: '1001' }, { shopId: 'shopA', eventId: '1001' }, true],
    ['two ids from one shop are two events', { shopId: 'shopA', eventId: '1001' }, { shopId: 'shopA', eventId: '1002' }, false],
  ])('%s', (_name, a, b, same) => {
    expect(eventKey(a) === eventKey(b)).toBe(same);
    expect(derivedIds(a).message === derivedIds(b).message).toBe(same);
  });

  it('keeps derived record ids within 64 characters for the longest shop id and eventId', () => {
    const ids = derivedIds({ shopId: 's'.repeat(64), eventId: 'e'.repeat(60) });
    for (const id of Object.values(ids)) expect(id.length).toBeLessThanOrEqual(64);
  });
});
