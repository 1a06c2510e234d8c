import { z } from 'zod';
import { Id, Platform, SealedText, Tracked } from './common';

export const Shop = Tracked.extend({
  name: z.string().min(1).max(60),
  platform: Platform,
  /** Per-shop overrides of default rules (催付 policy, tiers, flag meanings…), validated by their owners. */
  rules: z.record(z.string(), z.unknown()),
  demo: z.boolean(),
});
export type Shop = z.infer<typeof Shop>;

/** 工号: what shop PCs and ERPs accept — letters, digits, - and _, at most 20. */
export const EMPLOYEE_NO = /^[A-Za-z0-9_-]{1,20}$/;

export const AgentRole = z.enum(['agent', 'supervisor']);

export const Agent = Tracked.extend({
  name: z.string().min(1).max(30),
  // The message is a problem code (shared/lib/problem.ts): the screen says what a 工号 may contain.
  employeeNo: z.string().regex(EMPLOYEE_NO, 'employeeNoFormat'),
  role: AgentRole,
  signature: z.string().max(60),
  demo: z.boolean(),
});
export type Agent = z.infer<typeof Agent>;

/** Short enough for one line on a queue item. */
export const BUYER_MEMO_MAX = 60;

export const BuyerTier = z.enum(['normal', 'senior', 'vip']);

export const Buyer = Tracked.extend({
  shopId: Id,
  nick: z.string().min(1).max(64),
  tier: BuyerTier,
  tags: z.array(z.string().max(20)),
  /** Always stored masked for lists; the full value lives in `contactSecret` and is revealed with an audit entry. */
  phoneMasked: z.string(),
  addressMasked: z.string(),
  /** Sealed on this PC (SealedText); in clear on the sync wire and in backups. */
  contactSecret: z.union([z.object({ phone: z.string(), address: z.string(), name: z.string() }), SealedText]).nullable(),
  /** The one-line memo pinned on the queue and chat head; longer notes are the buyer's shared note. */
  notes: z.string().max(BUYER_MEMO_MAX, `at most ${BUYER_MEMO_MAX} characters: longer notes go in the buyer's note`),
});
export type Buyer = z.infer<typeof Buyer>;
