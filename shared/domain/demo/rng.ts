/**
 * A small seeded PRNG (mulberry32). Demo data must be reproducible — same seed, same shop — so
 * nothing here may touch Math.random or crypto. The whole state is one uint32, which lets the
 * simulator hand it back to its caller between ticks as plain data.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element; the list must not be empty (a programming error in the content tables). */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** k distinct elements in random order (fewer if the list is shorter). */
  sample<T>(items: readonly T[], k: number): T[];
  /** A string of n decimal digits. */
  digits(n: number): string;
  /** The state to resume from; createRng(rng.state()) continues the same sequence. */
  state(): number;
}

export function createRng(state: number): Rng {
  let a = state >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted(items) {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [item, w] of items) {
        roll -= w;
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    sample(items, k) {
      const pool = [...items];
      const out: (typeof pool)[number][] = [];
      while (out.length < k && pool.length > 0) {
        const [item] = pool.splice(int(0, pool.length - 1), 1);
        if (item !== undefined) out.push(item);
      }
      return out;
    },
    digits(n) {
      let s = '';
      for (let i = 0; i < n; i++) s += String(int(0, 9));
      return s;
    },
    state: () => a,
  };
}

/**
 * A well-mixed start state for a named stream of a seed. Each part of the demo shop (buyers,
 * orders, chats…) draws from its own stream, so adding a product does not reshuffle every buyer.
 */
export function streamState(seed: number, stream: string): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  for (let i = 0; i < stream.length; i++) {
    h = Math.imul(h ^ stream.charCodeAt(i), 0xcc9e2d51) >>> 0;
    h = ((h << 13) | (h >>> 19)) >>> 0;
  }
  // murmur3 finalizer: spreads small seed differences over all bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export const streamRng = (seed: number, stream: string): Rng => createRng(streamState(seed, stream));
