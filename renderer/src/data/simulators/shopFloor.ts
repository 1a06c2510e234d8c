import { initialSimulatorState, shopFloorTick } from '@shared/fixtures/demo';
import type { Conversation, Message } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive, putPreSigned } from '../repositories/tracked';

const STATE_KEY = 'simulator:shop-floor';
/** The longest queue the floor looks at in one tick (oldest waits first): its cost stays flat. */
const WAITING_VIEW = 200;

interface State { rng: number; since: number }
const isState = (v: unknown): v is State => typeof v === 'object' && v !== null && typeof (v as State).rng === 'number' && typeof (v as State).since === 'number';

/**
 * Demo colleagues and impatient buyers (shared/fixtures/demo/shopFloor.ts) against the store:
 * reads the waiting range since the demo started off the [status+lastBuyerAt] index and writes the
 * answers and the departures through the change-logged path. `me` is the signed-in agent, who is
 * never one of the colleagues.
 */
export async function tick(now: number, me?: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.shops, db.agents, db.conversations, db.messages, db.settings, db.changes], async () => {
    const shops = new Set((await db.shops.toArray()).filter((s) => alive(s) && s.demo).map((s) => s.id));
    if (shops.size === 0) return;
    const row = await db.settings.get(STATE_KEY);
    const state: State = isState(row?.value) ? row.value : { rng: initialSimulatorState(now % 100_000 + 13), since: now };
    const [agents, waiting] = await Promise.all([
      db.agents.toArray(),
      db.conversations.where('[status+lastBuyerAt]').between(['waiting', state.since], ['waiting', now], true, true).limit(WAITING_VIEW).toArray(),
    ]);
    const colleagues = agents.filter((a) => alive(a) && a.demo && a.role === 'agent' && a.id !== me);
    const out = shopFloorTick({ rngState: state.rng, now, since: state.since, waiting: waiting.filter((c) => alive(c) && shops.has(c.shopId)), colleagues });
    await putPreSigned<Message>(db, 'messages', out.messages);
    await putPreSigned<Conversation>(db, 'conversations', out.conversations);
    await db.settings.put({ key: STATE_KEY, value: { rng: out.nextRngState, since: state.since }, updatedAt: now, updatedBy: 'system' });
  });
}
