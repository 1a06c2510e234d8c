import { describe, expect, it } from 'vitest';
import { alertPass } from './alerts';

const T0 = 1_700_000_000_000;

describe('the waiting-buyer alarm', () => {
  it('rings once for a new buyer, repeats once over 3 minutes, and acknowledges when the buyer leaves', () => {
    const w = [{ id: 'c1', shopId: 's', lastBuyerAt: T0 }];
    const p1 = alertPass(w, new Map(), new Set(), T0 + 1000);
    expect(p1.actions).toEqual([{ kind: 'show', id: 'c1', level: 'new', sound: true, repeat: false }]);
    const p2 = alertPass(w, p1.memory, new Set(), T0 + 60_000);
    expect(p2.actions).toEqual([]);
    const p3 = alertPass(w, p2.memory, new Set(), T0 + 181_000);
    expect(p3.actions).toEqual([{ kind: 'show', id: 'c1', level: 'over', sound: true, repeat: true }]);
    expect(alertPass(w, p3.memory, new Set(), T0 + 300_000).actions).toEqual([]);
    expect(alertPass([], p3.memory, new Set(), T0 + 301_000).actions).toEqual([{ kind: 'ack', id: 'c1' }]);
  });

  it('stays silent for a muted shop', () => {
    const w = [{ id: 'c1', shopId: 'muted', lastBuyerAt: T0 }];
    expect(alertPass(w, new Map(), new Set(['muted']), T0 + 200_000).actions).toEqual([]);
  });
});
