import { z } from 'zod';
import type { AuditEntry } from '../../schemas/entities';
import { problem, zodProblems, type Problem } from '../../lib/problem';
import { err, ok, type Result } from '../../lib/result';

/**
 * 议价 authority (seed 003: refuse gently, pull back with a gift, and leave the last concession
 * to a supervisor). Each role may give up to a share of the price off and a gift up to a value;
 * above that the agent asks a supervisor, and the request and its answer are kept in the audit
 * log (append-only: who asked, who allowed what, when).
 */
export const RoleLimit = z.object({
  /** Largest discount as a share of the price, in percent. */
  discountPct: z.number().min(0).max(100),
  /** Largest gift value in fen. */
  giftFen: z.number().int().min(0).max(10_000_000),
});
export type RoleLimit = z.infer<typeof RoleLimit>;

export const BargainLimits = z.object({ agent: RoleLimit, supervisor: RoleLimit });
export type BargainLimits = z.infer<typeof BargainLimits>;

/** Defaults when a team sets none: an agent 5 % or a ¥10 gift, a supervisor 15 % or a ¥50 gift. */
export const DEFAULT_BARGAIN_LIMITS: BargainLimits = { agent: { discountPct: 5, giftFen: 1000 }, supervisor: { discountPct: 15, giftFen: 5000 } };

/** Checks limits a supervisor sets: a supervisor may never allow less than an agent. */
export function validateBargainLimits(raw: unknown): Result<BargainLimits, Problem[]> {
  const parsed = BargainLimits.safeParse(raw);
  if (!parsed.success) return err(zodProblems(parsed.error, { table: 'bargain', input: raw }));
  const { agent, supervisor } = parsed.data;
  const problems: Problem[] = [];
  if (supervisor.discountPct < agent.discountPct) problems.push(problem('tooSmall', { field: 'bargain.supervisor.discountPct', params: { min: agent.discountPct } }));
  if (supervisor.giftFen < agent.giftFen) problems.push(problem('tooSmall', { field: 'bargain.supervisor.giftFen', params: { min: agent.giftFen / 100 } }));
  return problems.length ? err(problems) : ok(parsed.data);
}

export function bargainLimitsFrom(stored: unknown): BargainLimits {
  const checked = stored === null || stored === undefined ? null : validateBargainLimits(stored);
  return checked?.ok ? checked.value : DEFAULT_BARGAIN_LIMITS;
}

/** What an agent wants to give a buyer: money off the price, and/or a gift. */
export interface BargainAsk {
  priceFen: number;
  discountFen: number;
  giftFen: number;
  /** What the gift is (赠品), in the agent's words. */
  gift: string;
  note: string;
}

export function validateBargainAsk(ask: BargainAsk): Problem[] {
  const out: Problem[] = [];
  const money = (v: number, field: string): void => {
    if (!Number.isInteger(v) || v < 0) out.push(problem('amountInvalid', { field: `bargain.ask.${field}` }));
  };
  money(ask.priceFen, 'priceFen');
  money(ask.discountFen, 'discountFen');
  money(ask.giftFen, 'giftFen');
  if (out.length) return out;
  if (ask.priceFen === 0 && ask.discountFen > 0) out.push(problem('required', { field: 'bargain.ask.priceFen' }));
  else if (ask.discountFen >= ask.priceFen && ask.discountFen > 0) out.push(problem('discountAbovePrice', { field: 'bargain.ask.discountFen', params: { priceFen: ask.priceFen } }));
  if (ask.discountFen === 0 && ask.giftFen === 0) out.push(problem('nothingAsked', { field: 'bargain.ask' }));
  if (ask.giftFen > 0 && ask.gift.trim() === '') out.push(problem('required', { field: 'bargain.ask.gift' }));
  if (ask.gift.length > 60) out.push(problem('tooLong', { field: 'bargain.ask.gift', params: { max: 60 } }));
  if (ask.note.length > 200) out.push(problem('tooLong', { field: 'bargain.ask.note', params: { max: 200 } }));
  return out;
}

export interface AuthorityCheck {
  within: boolean;
  /** What goes beyond the role's limit. */
  over: ('discount' | 'gift')[];
  maxDiscountFen: number;
  maxGiftFen: number;
}

/** Is this within my authority? The discount limit is a share of this price, rounded down to the fen. */
export function checkAuthority(limits: BargainLimits, role: 'agent' | 'supervisor', ask: Pick<BargainAsk, 'priceFen' | 'discountFen' | 'giftFen'>): AuthorityCheck {
  const limit = limits[role];
  const maxDiscountFen = Math.floor((ask.priceFen * limit.discountPct) / 100);
  const over: AuthorityCheck['over'] = [];
  if (ask.discountFen > maxDiscountFen) over.push('discount');
  if (ask.giftFen > limit.giftFen) over.push('gift');
  return { within: over.length === 0, over, maxDiscountFen, maxGiftFen: limit.giftFen };
}

export const BARGAIN_ASK = 'bargain:ask';
export const BARGAIN_ANSWER = 'bargain:answer';

export interface BargainAnswer {
  decision: 'approved' | 'declined';
  /** What was allowed (a supervisor may allow less than asked). */
  discountFen: number;
  giftFen: number;
  by: string;
  at: number;
  note: string;
}

export interface BargainRequest {
  id: string;
  conversationId: string;
  shopId: string;
  askedBy: string;
  askedAt: number;
  ask: BargainAsk;
  state: 'pending' | 'approved' | 'declined';
  answer: BargainAnswer | null;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Requests and their answers, from the audit log, newest request first. The first answer wins:
 * two supervisors answering on two PCs at once leave both entries, and the earlier one counts.
 */
export function bargainRequests(entries: readonly AuditEntry[]): BargainRequest[] {
  const answers = new Map<string, BargainAnswer>();
  for (const e of [...entries].sort((a, b) => a.at - b.at)) {
    if (e.action !== BARGAIN_ANSWER || answers.has(e.subjectId)) continue;
    const d = e.detail ?? {};
    answers.set(e.subjectId, { decision: d['decision'] === 'approved' ? 'approved' : 'declined', discountFen: num(d['discountFen']), giftFen: num(d['giftFen']), by: e.agentId, at: e.at, note: e.reason });
  }
  return entries
    .filter((e) => e.action === BARGAIN_ASK)
    .map((e) => {
      const d = e.detail ?? {};
      const answer = answers.get(e.id) ?? null;
      return {
        id: e.id, conversationId: e.subjectId, shopId: str(d['shopId']), askedBy: e.agentId, askedAt: e.at,
        ask: { priceFen: num(d['priceFen']), discountFen: num(d['discountFen']), giftFen: num(d['giftFen']), gift: str(d['gift']), note: e.reason },
        state: answer ? answer.decision : 'pending',
        answer,
      } satisfies BargainRequest;
    })
    .sort((a, b) => b.askedAt - a.askedAt);
}

/** A supervisor's answer checked: one answer per request, and an approval within the supervisor's own limit. */
export function checkAnswer(limits: BargainLimits, request: BargainRequest, answer: Pick<BargainAnswer, 'decision' | 'discountFen' | 'giftFen'>): Problem | null {
  if (request.state !== 'pending') return problem('alreadyAnswered', { field: 'bargain.answer' });
  if (answer.decision === 'declined') return null;
  const c = checkAuthority(limits, 'supervisor', { priceFen: request.ask.priceFen, discountFen: answer.discountFen, giftFen: answer.giftFen });
  if (c.within) return null;
  return c.over.includes('discount')
    ? problem('aboveAuthority', { field: 'bargain.answer.discountFen', params: { maxFen: c.maxDiscountFen } })
    : problem('aboveAuthority', { field: 'bargain.answer.giftFen', params: { maxFen: c.maxGiftFen } });
}
