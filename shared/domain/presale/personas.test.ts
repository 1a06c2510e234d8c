import { describe, expect, it } from 'vitest';
import { createRng } from '../demo/rng';
import { PERSONAS, personaTurn } from './personas';

const product = { title: '加绒连帽卫衣', faqs: [{ q: '会起球吗？', a: '不容易起球。' }] };

describe('simulated buyer personas', () => {
  it.each(PERSONAS)('%s opens with a question that is either its own line or a real FAQ of the product', (persona) => {
    const rng = createRng(42);
    for (let i = 0; i < 20; i++) {
      const turn = personaTurn(rng, persona, 0, product);
      expect(turn.orders).toBe(false);
      expect(turn.text.length).toBeGreaterThan(3);
      expect(turn.text).not.toContain('{商品}');
    }
  });

  it('is reproducible for the same seed, and some bargainers end up ordering', () => {
    const a = Array.from({ length: 30 }, (_, i) => personaTurn(createRng(i), 'bargainer', 1, product));
    const b = Array.from({ length: 30 }, (_, i) => personaTurn(createRng(i), 'bargainer', 1, product));
    expect(a).toEqual(b);
    expect(a.some((t) => t.orders)).toBe(true);
    expect(a.some((t) => !t.orders)).toBe(true);
  });
});
