import { describe, expect, it } from 'vitest';
import { createStandingBurst } from './standingBurst';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

describe('the standing burst notification', () => {
  it('gets a new key for every burst, even two in one clock tick', () => {
    const burst = createStandingBurst(memoryStorage());
    const first = burst.begin(1000);
    const second = burst.begin(1000);
    expect(first).toBe('presale:burst:1000');
    expect(second).not.toBe(first);
  });

  it('is still known after a reload of the page, so it can be acknowledged, and is forgotten once ended', () => {
    const storage = memoryStorage();
    const key = createStandingBurst(storage).begin(5000);
    const afterReload = createStandingBurst(storage);
    expect(afterReload.current()).toBe(key);
    afterReload.end();
    expect(createStandingBurst(storage).current()).toBeNull();
  });
});
