import { describe, expect, it } from 'vitest';
import { levelCounts, nextWaiting, orderQueue, type QueueEntry } from './queue';
import { waitLevel } from './waitLevel';

const T0 = 1_700_000_000_000;
const s = 1000;
const row = (id: string, waitedS: number, more: Partial<QueueEntry> = {}): QueueEntry => ({ id, shopId: 'shopA', stage: 'presale', lastBuyerAt: T0 - waitedS * s, ...more });

describe('the queue across shops', () => {
  const rows = [row('a', 30), row('b', 200, { shopId: 'shopB' }), row('c', 150, { stage: 'aftersale' }), row('d', 500, { transferTo: 'other' }), row('e', 10, { transferTo: 'me' })];

  it('puts buyers handed to me first, then the longest wait, and hides buyers handed to someone else', () => {
    expect(orderQueue(rows, { agentId: 'me' }).map((r) => r.id)).toEqual(['e', 'b', 'c', 'a']);
  });

  it('filters by shop and by stage', () => {
    expect(orderQueue(rows, { agentId: 'me', shopId: 'shopB' }).map((r) => r.id)).toEqual(['b']);
    expect(orderQueue(rows, { agentId: 'me', stage: 'aftersale' }).map((r) => r.id)).toEqual(['c']);
  });

  it('breaks equal waits by id so the list does not jump', () => {
    expect(orderQueue([row('z', 60), row('y', 60)], { agentId: 'me' }).map((r) => r.id)).toEqual(['y', 'z']);
  });

  it('"next waiting buyer" skips the one on screen', () => {
    const ordered = orderQueue(rows, { agentId: 'me' });
    expect(nextWaiting(ordered, null)?.id).toBe('e');
    expect(nextWaiting(ordered, 'e')?.id).toBe('b');
    expect(nextWaiting([], null)).toBeNull();
  });

  it('colours each timer as fake time passes: fresh, then approaching at 2 minutes, over at 3', () => {
    const r = row('a', 0);
    const at = (sec: number) => waitLevel(r.lastBuyerAt, T0 + sec * s);
    expect([at(0), at(119), at(120), at(179), at(180), at(3600)]).toEqual(['fresh', 'fresh', 'approaching', 'approaching', 'over', 'over']);
    expect(levelCounts(rows, T0)).toEqual({ fresh: 2, approaching: 1, over: 2 });
    expect(levelCounts(rows, T0 + 200 * s)).toEqual({ fresh: 0, approaching: 0, over: 5 });
  });
});
