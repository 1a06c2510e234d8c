import { getDb } from '../store';
import { readSetting, writeSetting } from '../repositories/settings';
import type { WriteContext } from '../repositories/tracked';
import { createShopAndAgent, listAgents, type SetupInput } from '../repositories/agents';
import type { Agent } from '@shared/schemas/entities';

/** This PC's first-start wizard (never synced: another PC of the shop has its own first start). */
export const SETUP_KEY = 'setup/wizard';

export interface SetupProgress {
  /** The step on screen, so a reload comes back to it. */
  step: number;
  done: boolean;
}

/** The wizard's progress; null when this PC never started one (the demo, a restored backup). */
export async function readSetupProgress(): Promise<SetupProgress | null> {
  const v = await readSetting<unknown>(SETUP_KEY, null);
  if (!v || typeof v !== 'object') return null;
  const { step, done } = v as Record<string, unknown>;
  return { step: typeof step === 'number' && Number.isInteger(step) && step >= 0 ? step : 0, done: done === true };
}

export async function saveSetupProgress(progress: SetupProgress, ctx: WriteContext): Promise<void> {
  await writeSetting(SETUP_KEY, progress, ctx);
}

export interface SetupCounts {
  shops: number;
  agents: number;
  orders: number;
  products: number;
  phrases: number;
}

/** What the store holds now, for the wizard's last page. Small tables, or a plain count of orders. */
export async function setupCounts(): Promise<SetupCounts> {
  const db = getDb();
  const live = <T extends { deletedAt: number | null }>(rows: T[]): number => rows.filter((r) => r.deletedAt === null).length;
  const [shops, agents, orders, products, phrases] = await Promise.all([
    db.shops.toArray().then(live), db.agents.toArray().then(live), db.orders.count(), db.products.toArray().then(live), db.phrases.toArray().then(live),
  ]);
  return { shops, agents, orders, products, phrases };
}

/**
 * 创建我的店铺: the shop, its first agent and the wizard's start in one transaction, so no screen
 * ever sees the agent without the wizard (and opens the console underneath it for a moment).
 */
export async function createShopForSetup(input: SetupInput, now: number): Promise<Agent> {
  const db = getDb();
  return db.transaction('rw', [db.shops, db.agents, db.settings, db.changes], async () => {
    const agent = await createShopAndAgent(input, now);
    await saveSetupProgress({ step: 0, done: false }, { agentId: agent.id, now });
    return agent;
  });
}

/** Who is on this PC and whether a first-start wizard is open, read together so they never disagree. */
export async function agentsAndSetup(): Promise<{ agents: Agent[]; setup: SetupProgress | null }> {
  return { agents: await listAgents(), setup: await readSetupProgress() };
}
