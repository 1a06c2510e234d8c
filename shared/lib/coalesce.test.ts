import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

describe('coalesce', () => {
  it('runs one more pass for any number of calls made while a pass runs, never two at once', async () => {
    let passes = 0;
    let open = 0;
    let most = 0;
    let release: () => void = () => {};
    const kick = coalesce(async () => {
      passes += 1;
      open += 1;
      most = Math.max(most, open);
      if (passes === 1) await new Promise<void>((r) => (release = r));
      open -= 1;
    });
    const first = kick();
    const during = [kick(), kick(), kick()];
    expect(during.every((p) => p === first)).toBe(true);
    release();
    await first;
    expect(passes).toBe(2);
    expect(most).toBe(1);
  });

  it('starts afresh after a pass that failed', async () => {
    let calls = 0;
    const kick = coalesce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
    });
    await expect(kick()).rejects.toThrow('boom');
    await kick();
    expect(calls).toBe(2);
  });
});
