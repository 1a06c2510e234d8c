import type { TabTarget } from '../../schemas/tabs';
import type { VerificationState } from '../../schemas/orders';
import type { ShiftWindow } from './shifts';

/** Everything open that the store knows; the data layer fills it from indexed queries. */
export interface HandoverFacts {
  shops: readonly { id: string; name: string }[];
  /** Buyers waiting for a reply; `transfer` when a colleague was handed the buyer (who and why). */
  waiting: readonly { id: string; shopId: string; buyerNick: string; lastBuyerAt: number; preview: string; transfer?: { toName: string; reason: string } | null }[];
  /**
   * Conversations answered but never marked resolved (presale `resolvedAt`): the buyer got a
   * reply, but nobody closed the matter, so the next shift should look at them.
   */
  unresolved?: readonly { id: string; shopId: string; buyerNick: string; lastBuyerAt: number; preview: string; resolvedAt: number | null }[];
  payments: readonly { id: string; orderId: string; orderNo: string; shopId: string; dueAt: number; label: string }[];
  /**
   * Paid orders not yet shipped with their 核实 state (orders `verification.state`; null = none
   * recorded yet). Only `confirmed` and `changed` count as verified; `sent` still waits on the buyer.
   */
  paidOrders: readonly { id: string; orderNo: string; shopId: string; buyerNick: string; paidAt: number; flag: number; remark: string; verification: VerificationState | null }[];
  tickets: readonly { id: string; shopId: string; type: string; summary: string; buyerNick: string; dueAt: number }[];
  reviews: readonly { id: string; shopId: string; rating: 'neutral' | 'negative'; buyerNick: string; text: string; nextContactAt: number; postedAt: number }[];
  promises: readonly { id: string; shopId: string; buyerNick: string; what: string; dueAt: number; orderId: string | null; caseId?: string | null; buyerId: string; promisedByName: string }[];
}

export interface HandoverContext {
  now: number;
  current: ShiftWindow;
  next: ShiftWindow;
}

export type Urgency = 0 | 1 | 2 | 3;

/** A compiled line: the handover record's item without the people fields. */
export interface CompiledItem {
  key: string;
  kind: string;
  label: string;
  detail: string;
  shopName: string;
  dueAt: number | null;
  urgency: Urgency;
  target: TabTarget | null;
}

export interface HandoverSection {
  kind: string;
  items: CompiledItem[];
  /** Items left out beyond the per-section cap (still open in their own tabs). */
  more: number;
}

/** One section of the handover. New areas add a provider instead of editing the compiler. */
export type SectionProvider = (facts: HandoverFacts, ctx: HandoverContext, shopName: (id: string) => string) => CompiledItem[];

/** 0 overdue, 1 due before anyone is on the next shift, 2 due during the next shift, 3 later. */
export function urgencyOf(dueAt: number, ctx: HandoverContext): Urgency {
  if (dueAt <= ctx.now) return 0;
  if (dueAt < ctx.next.startAt) return 1;
  if (dueAt < ctx.next.endAt) return 2;
  return 3;
}

const horizon = (ctx: HandoverContext): number => ctx.next.endAt;

/** A transferred buyer names who has them now and why, so the next shift knows whom to ask. */
const waitingDetail = (w: HandoverFacts['waiting'][number]): string =>
  w.transfer ? `→ ${w.transfer.toName}（${w.transfer.reason}）${w.preview ? ` · ${w.preview}` : ''}` : w.preview;

export const waitingProvider: SectionProvider = (f, _ctx, shop) =>
  f.waiting.map((w) => ({ key: `waiting:${w.id}`, kind: 'waiting', label: w.buyerNick, detail: waitingDetail(w).slice(0, 200), shopName: shop(w.shopId), dueAt: w.lastBuyerAt, urgency: 0 as Urgency, target: { entity: 'conversation', id: w.id } }));

/**
 * Answered but not resolved during the shift being handed over (the buyer spoke since it
 * started): older rounds are the previous shift's business and would flood the list.
 */
export const unresolvedProvider: SectionProvider = (f, ctx, shop) =>
  (f.unresolved ?? [])
    .filter((c) => c.resolvedAt == null && c.lastBuyerAt >= ctx.current.startAt && c.lastBuyerAt <= ctx.now)
    .map((c) => ({ key: `unresolved:${c.id}`, kind: 'unresolved', label: c.buyerNick, detail: c.preview.slice(0, 200), shopName: shop(c.shopId), dueAt: c.lastBuyerAt, urgency: 2 as Urgency, target: { entity: 'conversation', id: c.id } }));

/** Only a confirmed or changed address settles 核实; a sent confirmation still waits on the buyer. */
export const isVerified = (state: VerificationState | null): boolean => state === 'confirmed' || state === 'changed';

export const paymentsProvider: SectionProvider = (f, ctx, shop) =>
  f.payments.filter((p) => p.dueAt < horizon(ctx)).map((p) => ({ key: `payment:${p.id}`, kind: 'payments', label: p.orderNo, detail: p.label, shopName: shop(p.shopId), dueAt: p.dueAt, urgency: urgencyOf(p.dueAt, ctx), target: { entity: 'order', id: p.orderId } }));

export const unverifiedProvider: SectionProvider = (f, _ctx, shop) =>
  f.paidOrders.filter((o) => !isVerified(o.verification)).map((o) => ({
    key: `verify:${o.id}`, kind: 'unverified', label: o.orderNo, detail: o.verification === 'sent' ? `${o.buyerNick} · ✉` : o.buyerNick,
    // Oldest payment first: it is closest to the shipping cut-off.
    shopName: shop(o.shopId), dueAt: o.paidAt, urgency: 2 as Urgency, target: { entity: 'order', id: o.id },
  }));

export const flaggedProvider: SectionProvider = (f, _ctx, shop) =>
  f.paidOrders.filter((o) => o.flag > 0 && o.remark.trim() !== '').map((o) => ({ key: `flagged:${o.id}`, kind: 'flagged', label: o.orderNo, detail: o.remark.slice(0, 200), shopName: shop(o.shopId), dueAt: null, urgency: 2 as Urgency, target: { entity: 'order', id: o.id } }));

export const ticketsProvider: SectionProvider = (f, ctx, shop) =>
  f.tickets.map((t) => ({ key: `ticket:${t.id}`, kind: 'tickets', label: `${t.buyerNick} · ${t.type}`, detail: t.summary.slice(0, 200), shopName: shop(t.shopId), dueAt: t.dueAt, urgency: urgencyOf(t.dueAt, ctx), target: { entity: 'case', id: t.id } }));

export const reviewsProvider: SectionProvider = (f, ctx, shop) =>
  f.reviews.map((r) => ({ key: `review:${r.id}`, kind: 'reviews', label: `${r.buyerNick} · ${r.rating}`, detail: r.text.slice(0, 200), shopName: shop(r.shopId), dueAt: r.nextContactAt, urgency: urgencyOf(r.nextContactAt, ctx), target: { entity: 'case', id: r.id } }));

export const promisesProvider: SectionProvider = (f, ctx, shop) =>
  f.promises.filter((p) => p.dueAt < horizon(ctx)).map((p) => ({
    key: `promise:${p.id}`, kind: 'promises', label: `${p.buyerNick}：${p.what}`.slice(0, 300), detail: p.promisedByName, shopName: shop(p.shopId), dueAt: p.dueAt, urgency: urgencyOf(p.dueAt, ctx),
    // The most specific place to keep it: the case it was made in, else its order, else the buyer.
    target: p.caseId ? { entity: 'case', id: p.caseId } : p.orderId ? { entity: 'order', id: p.orderId } : { entity: 'buyer', id: p.buyerId },
  }));

/** The default sections, in the order they are listed when equally urgent. */
export const DEFAULT_PROVIDERS: readonly SectionProvider[] = [waitingProvider, promisesProvider, paymentsProvider, ticketsProvider, reviewsProvider, unverifiedProvider, flaggedProvider, unresolvedProvider];

export const SECTION_CAP = 50;

/**
 * Compiles what is open at a shift boundary: each provider's items, grouped by section; items
 * by urgency then due time; sections by their most urgent item (ties keep provider order).
 */
export function compileHandover(facts: HandoverFacts, ctx: HandoverContext, providers: readonly SectionProvider[] = DEFAULT_PROVIDERS): HandoverSection[] {
  const names = new Map(facts.shops.map((s) => [s.id, s.name]));
  const shop = (id: string): string => names.get(id) ?? '';
  const groups = new Map<string, { order: number; items: CompiledItem[] }>();
  providers.forEach((provide, order) => {
    for (const item of provide(facts, ctx, shop)) {
      const g = groups.get(item.kind) ?? { order, items: [] };
      g.items.push(item);
      groups.set(item.kind, g);
    }
  });
  const byUrgency = (a: CompiledItem, b: CompiledItem): number =>
    a.urgency - b.urgency || (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const sections = [...groups.entries()].map(([kind, g]) => {
    const items = g.items.sort(byUrgency);
    return { kind, order: g.order, items: items.slice(0, SECTION_CAP), more: Math.max(0, items.length - SECTION_CAP) };
  });
  sections.sort((a, b) => {
    const ha = a.items[0]!;
    const hb = b.items[0]!;
    return ha.urgency - hb.urgency || a.order - b.order;
  });
  return sections.map(({ kind, items, more }) => ({ kind, items, more }));
}
