import type { Agent, Buyer, Conversation, Message } from '../../schemas/entities';
import { HOUR, MINUTE } from '../../lib/time';
import type { CatalogueEntry } from './content/catalogue';
import { CARRIERS } from './content/staff';
import { AUTO_GREETING, DIALOGUES, type DialogueScript } from './content/dialogues';
import { demoId } from './ids';
import type { Rng } from './rng';
import type { DemoShop } from './staff';
import { fill, SYSTEM_AGENT, tracked } from './tracked';

/** What a chat list shows under the nick: the start of the last message. */
export const preview = (text: string): string => (Array.from(text).length > 40 ? Array.from(text).slice(0, 39).join('') + '…' : text);

/** Template values for one chat about one product. */
export function chatVars(rng: Rng, entry: CatalogueEntry, shopName: string, agentName: string): Record<string, string> {
  const sizes = entry.sizes;
  // Buyers ask about the middle sizes far more than the extremes.
  const size = sizes[Math.min(sizes.length - 1, Math.floor(sizes.length / 2) + rng.int(-1, 0))] ?? sizes[0] ?? '';
  return { product: entry.title, size, color: rng.pick(entry.colors).name, material: entry.material, shop: shopName, agent: agentName, carrier: rng.pick(CARRIERS).name };
}

export interface ChatInput {
  shop: DemoShop;
  buyer: Buyer;
  agent: Agent;
  entry: CatalogueEntry;
  script: DialogueScript;
  now: number;
  /**
   * 'waiting': the chat ends on a buyer turn `waitMs` ago, not yet answered by a person.
   * 'answered' / 'closed': the chat ended on an agent turn some time in the past.
   */
  status: Conversation['status'];
  waitMs: number;
}

/** One conversation with its messages, timed so the last buyer turn lands where asked. */
export function makeChat(rng: Rng, input: ChatInput): { conversation: Conversation; messages: Message[] } {
  const { shop, buyer, agent, entry, script, now, status } = input;
  const vars = chatVars(rng, entry, shop.shop.name, agent.name);
  const turns = cutScript(rng, script, status);
  // Gaps between turns, walked backwards from where the chat must end.
  const gaps = turns.map((t) => (t[0] === 'a' ? rng.int(15_000, 150_000) : rng.int(20_000, 5 * MINUTE)));
  const end = status === 'waiting' ? now - input.waitMs : now - rng.int(40 * MINUTE, 48 * HOUR);
  const times: number[] = [];
  let at = end;
  for (let i = turns.length - 1; i >= 0; i--) {
    times[i] = at;
    at -= gaps[i] ?? 60_000;
  }
  const conversationId = demoId(rng, times[0] ?? end);
  const messages: Message[] = turns.map(([who, template], i) => {
    const when = times[i] ?? end;
    const fromAgent = who === 'a';
    return {
      ...tracked(demoId(rng, when), now, fromAgent ? agent.id : SYSTEM_AGENT),
      conversationId,
      from: fromAgent ? 'agent' : 'buyer',
      text: fill(template, vars),
      at: when,
      agentId: fromAgent ? agent.id : null,
    };
  });
  // A brand-new waiting chat often has the shop's auto-reply; it does not count as an answer.
  if (status === 'waiting' && turns.length === 1 && rng.chance(0.6)) {
    const when = Math.min(now, end + 2_000);
    messages.push({ ...tracked(demoId(rng, when), now), conversationId, from: 'auto', text: fill(AUTO_GREETING, vars), at: when, agentId: null });
  }
  const lastBuyer = [...messages].reverse().find((m) => m.from === 'buyer');
  const firstAgent = messages.find((m) => m.from === 'agent');
  // The list preview shows what a person wrote, not the shop's auto-reply.
  const last = [...messages].reverse().find((m) => m.from !== 'auto');
  const conversation: Conversation = {
    ...tracked(conversationId, now, firstAgent ? agent.id : SYSTEM_AGENT),
    shopId: shop.shop.id,
    buyerId: buyer.id,
    status,
    stage: script.stage,
    lastBuyerAt: lastBuyer?.at ?? end,
    firstReplyAt: firstAgent?.at ?? null,
    lastPreview: preview(last?.text ?? ''),
    // A new chat nobody has replied to yet often sits unassigned until an agent picks it up.
    assignedTo: firstAgent || rng.chance(0.5) ? agent.id : null,
  };
  return { conversation, messages };
}

/** The turns a chat of this status shows: up to a buyer turn when waiting, else to an agent turn. */
function cutScript(rng: Rng, script: DialogueScript, status: Conversation['status']): DialogueScript['turns'] {
  const ends = script.turns.map((t, i) => ({ who: t[0], i })).filter((t) => t.who === (status === 'waiting' ? 'b' : 'a'));
  const cut = ends.length > 0 ? rng.pick(ends).i : script.turns.length - 1;
  // Answered chats usually ran to their natural end.
  const endAt = status !== 'waiting' && rng.chance(0.6) ? script.turns.length - 1 : cut;
  return script.turns.slice(0, endAt + 1);
}

/** Scripts that fit a shop's product line. */
export const scriptsFor = (shop: DemoShop): DialogueScript[] => DIALOGUES.filter((d) => d.line === 'any' || d.line === shop.line);

/** Minutes the waiting buyers have waited: spread around the 3-minute mark so both sides show. */
export const WAIT_MINUTES = [0.3, 0.9, 1.6, 2.4, 3.1, 3.8, 4.7, 5.8] as const;

export interface ChatsInput {
  shops: readonly DemoShop[];
  buyers: readonly Buyer[];
  /** Agents who chat (not the supervisor); chats in shop i go mostly to agent i. */
  agents: readonly Agent[];
  entriesByShop: ReadonlyMap<string, readonly CatalogueEntry[]>;
  now: number;
  total: number;
}

/** `total` chats with distinct buyers: WAIT_MINUTES.length waiting now, the rest answered or closed. */
export function buildChats(rng: Rng, input: ChatsInput): { conversations: Conversation[]; messages: Message[] } {
  const { shops, agents, entriesByShop, now, total } = input;
  const buyers = rng.sample(input.buyers, total);
  const conversations: Conversation[] = [];
  const messages: Message[] = [];
  buyers.forEach((buyer, i) => {
    const shopIndex = Math.max(0, shops.findIndex((s) => s.shop.id === buyer.shopId));
    const shop = shops[shopIndex];
    const entries = entriesByShop.get(buyer.shopId) ?? [];
    const agent = (rng.chance(0.8) ? agents[shopIndex % agents.length] : rng.pick(agents)) ?? rng.pick(agents);
    if (!shop || entries.length === 0) return;
    const wait = WAIT_MINUTES[i];
    const status = wait !== undefined ? 'waiting' : rng.chance(0.7) ? 'answered' : 'closed';
    const waitMs = wait === undefined ? 0 : Math.max(0, Math.round(wait * MINUTE + rng.int(-10_000, 10_000)));
    const chat = makeChat(rng, { shop, buyer, agent, entry: rng.pick(entries), script: rng.pick(scriptsFor(shop)), now, status, waitMs });
    conversations.push(chat.conversation);
    messages.push(...chat.messages);
  });
  return { conversations, messages: messages.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)) };
}
