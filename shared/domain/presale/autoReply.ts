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

/** The words of each auto reply, in our own phrasing; {店铺} is filled by the caller. */
export const AUTO_REPLY_TEXT: Record<AutoReplyReason, string> = {
  busy: '亲，现在咨询的朋友比较多，客服正在逐一回复，您的消息已经收到，请稍等一会儿哦～',
  away: '亲，客服暂时离开一下，回来后会第一时间回复您，您可以先把问题留言给我们～',
  overload: '亲，让您久等了，前面还有几位买家在排队，马上就轮到您，请别走开哦～',
};
