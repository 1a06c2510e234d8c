import { z } from 'zod';
import { analyzeTemplate, renderTemplate, type PhraseVariableName, type TemplateContext } from '../phrases';
import { problem, zodProblems, type Problem } from '../../lib/problem';
import { err, ok, type Result } from '../../lib/result';

export type Presence = 'online' | 'busy' | 'away';

export interface AutoReplyInput {
  presence: Presence;
  status: 'waiting' | 'answered' | 'closed';
  /** Start of the buyer's current unanswered round. */
  lastBuyerAt: number;
  /** When we last auto-replied in this conversation (null: never). */
  lastAutoAt: number | null;
  /** How many buyers wait right now, across shops. */
  waitingCount: number;
  now: number;
}

export interface AutoReplyPolicy {
  /** With this many buyers waiting or more the desk counts as overloaded. */
  overloadAt: number;
  /** During overload, a buyer who waited this long gets an auto reply even when the agent is online. */
  overloadWaitMs: number;
}

export const DEFAULT_AUTO_REPLY_POLICY: AutoReplyPolicy = { overloadAt: 12, overloadWaitMs: 90_000 };

export type AutoReplyReason = 'busy' | 'away' | 'overload';

/**
 * Whether a waiting buyer gets an auto reply now, and why. Once per round: a round starts with
 * the buyer's first unanswered message, so an auto reply sent after `lastBuyerAt` covers it.
 * Auto replies are marked `auto` and never count as the agent's answer.
 */
export function autoReplyReason(input: AutoReplyInput, policy: AutoReplyPolicy = DEFAULT_AUTO_REPLY_POLICY): AutoReplyReason | null {
  if (input.status !== 'waiting') return null;
  if (input.lastAutoAt !== null && input.lastAutoAt >= input.lastBuyerAt) return null;
  if (input.presence === 'busy') return 'busy';
  if (input.presence === 'away') return 'away';
  if (input.waitingCount >= policy.overloadAt && input.now - input.lastBuyerAt >= policy.overloadWaitMs) return 'overload';
  return null;
}

/** The words of each auto reply when a shop sets none, in our own phrasing. */
export const AUTO_REPLY_TEXT: Record<AutoReplyReason, string> = {
  busy: '亲，现在咨询的朋友比较多，客服正在逐一回复，您的消息已经收到，请稍等一会儿哦～',
  away: '亲，客服暂时离开一下，回来后会第一时间回复您，您可以先把问题留言给我们～',
  overload: '亲，让您久等了，前面还有几位买家在排队，马上就轮到您，请别走开哦～',
};

export const AUTO_REPLY_REASONS: readonly AutoReplyReason[] = ['busy', 'away', 'overload'];

/** What an auto reply may name: it goes out with nobody at the keyboard, so only what is always known. */
export const AUTO_REPLY_VARIABLES: readonly PhraseVariableName[] = ['店铺', '客服', '买家'];

/** A shop's own auto-reply texts (shop.rules.autoReply); a blank or missing one uses the default. */
export const AutoReplyTexts = z.object({
  busy: z.string().trim().max(300),
  away: z.string().trim().max(300),
  overload: z.string().trim().max(300),
}).partial();
export type AutoReplyTexts = z.infer<typeof AutoReplyTexts>;

/**
 * Checks texts before they are stored: length, and placeholders an unattended reply can fill —
 * no {{slot}} (nobody is there to type it) and no variable beyond {店铺} {客服} {买家}.
 */
export function validateAutoReplyTexts(raw: unknown): Result<AutoReplyTexts, Problem[]> {
  const parsed = AutoReplyTexts.safeParse(raw);
  if (!parsed.success) return err(zodProblems(parsed.error, { table: 'autoReply', input: raw }));
  const problems: Problem[] = [];
  for (const reason of AUTO_REPLY_REASONS) {
    const text = parsed.data[reason];
    if (!text) continue;
    const a = analyzeTemplate(text);
    const field = `autoReply.${reason}`;
    if (a.slots[0] !== undefined) problems.push(problem('slotNotAllowed', { field, params: { name: `{{${a.slots[0]}}}` } }));
    const outside = a.variables.find((v) => !AUTO_REPLY_VARIABLES.includes(v));
    if (outside) problems.push(problem('variableNotAllowed', { field, params: { name: `{${outside}}`, allowed: AUTO_REPLY_VARIABLES.map((v) => `{${v}}`).join(' ') } }));
    if (a.unknownVariables[0] !== undefined) problems.push(problem('unknownVariable', { field, params: { variable: `{${a.unknownVariables[0]}}`, name: a.unknownVariables[0] } }));
  }
  const texts = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== '')) as AutoReplyTexts;
  return problems.length ? err(problems) : ok(texts);
}

/** A shop's texts as stored; a value that no longer passes counts as none (the defaults go out). */
export function autoReplyTextsOf(shopRules: Readonly<Record<string, unknown>> | undefined): AutoReplyTexts {
  const checked = validateAutoReplyTexts(shopRules?.autoReply ?? {});
  return checked.ok ? checked.value : {};
}

/**
 * The auto reply that goes out for this reason in this shop, variables filled. If a value is
 * missing (a buyer without a nick) the default text goes out: a buyer never sees 【缺:买家】.
 */
export function autoReplyText(reason: AutoReplyReason, shopRules: Readonly<Record<string, unknown>> | undefined, context: TemplateContext): string {
  const own = autoReplyTextsOf(shopRules)[reason];
  if (!own) return AUTO_REPLY_TEXT[reason];
  const rendered = renderTemplate(own, context);
  return rendered.missing.length ? AUTO_REPLY_TEXT[reason] : rendered.text;
}
