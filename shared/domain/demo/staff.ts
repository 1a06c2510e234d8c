import type { Agent, Shop } from '../../schemas/entities';
import { DAY } from '../../lib/time';
import { DEMO_AGENTS, DEMO_SHOPS } from './content/staff';
import type { ProductLine } from './content/catalogue';
import { demoId } from './ids';
import type { Rng } from './rng';
import { tracked } from './tracked';

export interface DemoShop {
  shop: Shop;
  line: ProductLine;
}

/** The two demo shops, "opened" 90 days before now so every other record is younger. */
export function buildShops(rng: Rng, now: number): DemoShop[] {
  return DEMO_SHOPS.map((s) => ({
    line: s.line,
    shop: { ...tracked(demoId(rng, now - 90 * DAY), now), name: s.name, platform: s.platform, rules: {}, demo: true },
  }));
}

/** Demo agents in DEMO_AGENTS order: [agent, agent, supervisor]. */
export function buildAgents(rng: Rng, now: number): Agent[] {
  return DEMO_AGENTS.map((a) => ({ ...tracked(demoId(rng, now - 90 * DAY), now), ...a, demo: true }));
}

/**
 * Which product line a shop sells. Demo shops are recognised by platform (the Tmall one sells
 * clothes, the PDD one baby goods), which is all the simulator needs to invent new orders.
 */
export const lineForPlatform = (platform: Shop['platform']): ProductLine => (platform === 'pdd' ? 'baby' : 'apparel');
