import type { Agent, Buyer, Conversation, Order, Reminder } from '../../schemas/entities';
import { DAY, HOUR, MINUTE, shanghaiParts } from '../../lib/time';
import { DEFAULT_PAYMENT_POLICY } from '../payments/policy';
import { demoId } from './ids';
import type { Rng } from './rng';
import { formatYuan } from '../../lib/money';
import { tracked } from './tracked';

/** First 催付 step after creation and the second one: the default policy's (DESIGN §4: +10 min, +2 h). */
const [FIRST_STEP, SECOND_STEP] = DEFAULT_PAYMENT_POLICY.steps.filter((s) => s.anchor === 'created').map((s) => s.minutes * MINUTE) as [number, number];

/** After 20:00 an SMS is kinder than a chat ping (seed 004). */
const channelAt = (at: number): Reminder['channel'] => (shanghaiParts(at).hour >= 20 ? 'sms' : 'chat');

export const paymentLabel = (nick: string, totalFen: number): string => `催付：${nick} · ${formatYuan(totalFen)}`;

/**
 * 催付 history for most unpaid orders: only reminders already SENT (state `done`), never a row
 * in state `due`. What is due is computed by the payments scheduler from the policy and `now`
 * (the scheduler is the truth), so a stored "due" row could only disagree with it and mislead.
 * An order past its first step (+10 min) had that reminder sent, signed at its send time (the
 * scheduler and 催付成功率 read updatedAt as "sent at"); younger orders have no history yet.
 * Whether the next step is due now is left to the scheduler.
 * Orders of the last week that were paid only after their first step got that reminder too, so
 * 催付成功率 in 报表 has real history. Each reminder is signed by the chat agent who sent it
 * (drawn from `signers`, its own stream, so the choice of orders does not shift with the staff).
 */
export function buildPaymentReminders(rng: Rng, signers: { rng: Rng; agents: readonly Agent[] }, orders: readonly Order[], buyers: ReadonlyMap<string, Buyer>, now: number): Reminder[] {
  const out: Reminder[] = [];
  const signer = (): string => (signers.agents.length ? signers.rng.pick(signers.agents).id : 'system');
  for (const order of orders.filter((o) => o.status === 'unpaid')) {
    if (!rng.chance(0.8)) continue;
    const first = order.createdAt + FIRST_STEP;
    // Only orders past their second step: between the steps the first reminder is the one due now.
    if (now - order.createdAt < SECOND_STEP) continue;
    const nick = buyers.get(order.buyerId)?.nick ?? '';
    const base = { subjectId: order.id, buyerId: order.buyerId, shopId: order.shopId, label: paymentLabel(nick, order.totalFen) };
    out.push({ ...tracked(demoId(rng, order.createdAt), first, signer()), ...base, kind: 'payment', dueAt: first, attempt: 1, channel: channelAt(first), state: 'done', outcome: '已发送，买家未回复' });
  }
  for (const order of orders) {
    if (order.paidAt === null || order.paidAt - order.createdAt <= FIRST_STEP || now - order.createdAt > 7 * DAY || !rng.chance(0.6)) continue;
    const first = order.createdAt + FIRST_STEP;
    const nick = buyers.get(order.buyerId)?.nick ?? '';
    out.push({
      ...tracked(demoId(rng, order.createdAt), first, signer()), subjectId: order.id, buyerId: order.buyerId, shopId: order.shopId, label: paymentLabel(nick, order.totalFen),
      kind: 'payment', dueAt: first, attempt: 1, channel: channelAt(first), state: 'done', outcome: '已发送，买家随后付款',
    });
  }
  return out;
}

/** Promises agents made in chats ("I'll tell you tomorrow…"), two due now and one later. */
const FOLLOW_UPS = [
  { label: '告诉买家顺丰需要补的差价', dueIn: -15 * MINUTE },
  { label: '回访：补发的包裹是否已收到', dueIn: -2 * MINUTE },
  { label: '确认礼盒卡片上要写的内容', dueIn: 3 * HOUR },
] as const;

export function buildFollowUps(rng: Rng, conversations: readonly Conversation[], now: number): Reminder[] {
  const answered = conversations.filter((c) => c.status === 'answered');
  return rng.sample(answered, FOLLOW_UPS.length).flatMap((c, i): Reminder[] => {
    const f = FOLLOW_UPS[i];
    if (!f) return [];
    const dueAt = now + f.dueIn;
    return [{
      ...tracked(demoId(rng, Math.min(now, c.lastBuyerAt)), now, c.assignedTo ?? 'system'),
      kind: 'followup', subjectId: c.id, buyerId: c.buyerId, shopId: c.shopId, label: f.label,
      dueAt, attempt: 0, channel: 'chat', state: 'due', outcome: null,
    }];
  });
}
