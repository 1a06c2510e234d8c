import {
  BARGAIN_ANSWER, BARGAIN_ASK, bargainLimitsFrom, bargainRequests, checkAnswer, checkAuthority, validateBargainAsk, validateBargainLimits,
  type BargainAnswer, type BargainAsk, type BargainLimits, type BargainRequest,
} from '@shared/domain/presale';
import { DAY } from '@shared/lib/time';
import { newId } from '@shared/lib/ids';
import { ProblemError, refuse, refuseIf } from '@shared/lib/problem';
import { getDb } from '../store';
import { alive, type WriteContext } from '../repositories/tracked';
import { readSetting, writeSetting } from '../repositories/settings';

/** A team setting: the same authority on every PC of the shop. */
export const BARGAIN_LIMITS_KEY = 'team/bargainLimits';
/** Requests older than this are no longer a supervisor's to answer (the buyer has long moved on). */
export const BARGAIN_OPEN_MS = 2 * DAY;

export async function readBargainLimits(): Promise<BargainLimits> {
  return bargainLimitsFrom(await readSetting<unknown>(BARGAIN_LIMITS_KEY, null));
}

export async function saveBargainLimits(raw: unknown, ctx: WriteContext): Promise<BargainLimits> {
  const checked = validateBargainLimits(raw);
  if (!checked.ok) throw ProblemError.of(checked.error);
  await writeSetting(BARGAIN_LIMITS_KEY, checked.value, ctx);
  return checked.value;
}

/** 议价 entries of the audit log since a moment (its `at` index: the cost follows the window, not the log). */
async function entriesSince(since: number) {
  const rows = await getDb().audit.where('at').aboveOrEqual(since).toArray();
  return rows.filter((e) => e.action === BARGAIN_ASK || e.action === BARGAIN_ANSWER);
}

/** One conversation's requests, newest first, with their answers. */
export async function bargainRequestsOf(conversationId: string, now: number): Promise<BargainRequest[]> {
  return bargainRequests(await entriesSince(now - BARGAIN_OPEN_MS)).filter((r) => r.conversationId === conversationId);
}

/** Requests still waiting for a supervisor, oldest first (the one waiting longest is answered first). */
export async function pendingBargainRequests(now: number): Promise<BargainRequest[]> {
  return bargainRequests(await entriesSince(now - BARGAIN_OPEN_MS)).filter((r) => r.state === 'pending').reverse();
}

/** Recent requests of every state, newest first, for 设置 → 议价权限. */
export async function recentBargainRequests(now: number): Promise<BargainRequest[]> {
  return bargainRequests(await entriesSince(now - BARGAIN_OPEN_MS));
}

/**
 * 申请主管让价: records the ask in the audit log. Refused when it is malformed, or within the
 * asking agent's own authority (then the agent may simply agree; nobody needs to be asked).
 */
export async function askSupervisor(conversationId: string, ask: BargainAsk, ctx: WriteContext): Promise<string> {
  const problems = validateBargainAsk(ask);
  if (problems.length) throw ProblemError.of(problems);
  const db = getDb();
  const [conversation, agent, limits] = await Promise.all([db.conversations.get(conversationId), db.agents.get(ctx.agentId), readBargainLimits()]);
  if (!alive(conversation)) throw refuse('notFound', 'conversations', { id: conversationId });
  const role = alive(agent) ? agent.role : 'agent';
  const check = checkAuthority(limits, role, ask);
  if (check.within) throw refuse('withinAuthority', 'bargain.ask', { maxFen: check.maxDiscountFen, giftFen: check.maxGiftFen });
  const id = newId();
  await db.transaction('rw', db.audit, db.changes, async () => {
    await db.audit.add({
      id, at: ctx.now, agentId: ctx.agentId, action: BARGAIN_ASK, subjectId: conversationId, reason: ask.note.trim(),
      detail: { shopId: conversation.shopId, priceFen: ask.priceFen, discountFen: ask.discountFen, giftFen: ask.giftFen, gift: ask.gift.trim() },
    });
    await db.changes.add({ table: 'audit', id, op: 'put', at: ctx.now, agent: ctx.agentId });
  });
  return id;
}

/**
 * A supervisor's answer, recorded beside the request. Only a supervisor answers; a request is
 * answered once; an approval stays within the supervisor's own limit.
 */
export async function answerBargain(requestId: string, answer: Pick<BargainAnswer, 'decision' | 'discountFen' | 'giftFen' | 'note'>, ctx: WriteContext): Promise<void> {
  const db = getDb();
  const agent = await db.agents.get(ctx.agentId);
  if (!alive(agent) || agent.role !== 'supervisor') throw refuse('notSupervisor', 'bargain.answer');
  const limits = await readBargainLimits();
  await db.transaction('rw', db.audit, db.changes, async () => {
    const asked = await db.audit.get(requestId);
    if (!asked || asked.action !== BARGAIN_ASK) throw refuse('notFound', 'bargain.answer', { id: requestId });
    const related = await db.audit.where('subjectId').equals(requestId).toArray();
    const request = bargainRequests([asked, ...related])[0];
    if (!request) throw refuse('notFound', 'bargain.answer', { id: requestId });
    refuseIf(checkAnswer(limits, request, answer));
    const id = newId();
    const allowed = answer.decision === 'approved' ? { discountFen: answer.discountFen, giftFen: answer.giftFen } : { discountFen: 0, giftFen: 0 };
    await db.audit.add({ id, at: ctx.now, agentId: ctx.agentId, action: BARGAIN_ANSWER, subjectId: requestId, reason: answer.note.trim(), detail: { decision: answer.decision, ...allowed } });
    await db.changes.add({ table: 'audit', id, op: 'put', at: ctx.now, agent: ctx.agentId });
  });
}

export interface BargainRow {
  request: BargainRequest;
  askedByName: string;
  answeredByName: string | null;
  shopName: string;
  buyerNick: string;
}

/** Requests with the names a list shows (who asked, which shop and buyer, who answered). */
export async function bargainRows(now: number, includeAnswered: boolean): Promise<BargainRow[]> {
  const requests = includeAnswered ? await recentBargainRequests(now) : await pendingBargainRequests(now);
  const db = getDb();
  const [agents, shops, conversations] = await Promise.all([db.agents.toArray(), db.shops.toArray(), db.conversations.bulkGet(requests.map((r) => r.conversationId))]);
  const buyers = await db.buyers.bulkGet(conversations.map((c) => c?.buyerId ?? ''));
  const name = (id: string | undefined): string => agents.find((a) => a.id === id)?.name ?? '';
  return requests.map((request, i) => ({
    request,
    askedByName: name(request.askedBy),
    answeredByName: request.answer ? name(request.answer.by) : null,
    shopName: shops.find((s) => s.id === request.shopId)?.name ?? '',
    buyerNick: buyers[i]?.nick ?? '',
  }));
}
