import { describe, expect, it } from 'vitest';
import type { SyncMutation } from '../../schemas/sync';
import { clampClock, CLOCK_TOLERANCE_MS } from './clock';

const NOW = 1_750_000_000_000;
const m = (over: Partial<SyncMutation>): SyncMutation => ({ mutationId: 'm', deviceId: 'd', agentId: 'a', table: 'orders', id: 'o', op: 'put', fields: {}, baseVersion: 0, at: NOW, ...over });

describe('a PC’s clock on the server', () => {
  it.each([
    ['a clock behind the server', NOW - 3_600_000, NOW - 3_600_000, []],
    ['a clock exactly 5 minutes ahead', NOW + CLOCK_TOLERANCE_MS, NOW + CLOCK_TOLERANCE_MS, []],
    ['a clock more than 5 minutes ahead', NOW + CLOCK_TOLERANCE_MS + 1, NOW, ['clock_ahead']],
    ['a clock 2 hours ahead', NOW + 7_200_000, NOW, ['clock_ahead']],
  ])('keeps or clamps the times of %s', (_name, pcTime, stored, flags) => {
    const out = clampClock(m({ at: pcTime, platformAt: pcTime, fields: { updatedAt: pcTime, dueAt: NOW + 86_400_000 } }), NOW);
    expect([out.mutation.at, out.mutation.platformAt, out.mutation.fields.updatedAt]).toEqual([stored, stored, stored]);
    expect(out.flags).toEqual(flags);
  });

  it('leaves times that are meant to be in the future alone (a due date)', () => {
    expect(clampClock(m({ fields: { dueAt: NOW + 86_400_000 } }), NOW).mutation.fields.dueAt).toBe(NOW + 86_400_000);
  });
});
