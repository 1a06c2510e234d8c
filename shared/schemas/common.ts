import { z } from 'zod';

/** Our own record ids (ULIDs made on the PC). */
export const Id = z.string().min(1).max(64);

/**
 * A contact secret as the PC stores it: AES-GCM under the host's store key (renderer
 * data/crypto/seal.ts). Only the PC holds the key: team sync and backups carry the clear value.
 */
export const SealedText = z.string().max(4000).regex(/^xs1:[A-Za-z0-9+/]+={0,2}$/, 'not sealed text');

/** Clear text of at most `max` characters, or the same sealed: the clear cap with its own refusal. */
export const TextOrSealed = (max: number, min = 0, emptyMessage?: string) => z.string().min(min, emptyMessage).max(4000).superRefine((s, ctx) => {
  if (s.length > max && !SealedText.safeParse(s).success) ctx.addIssue({ code: 'too_big', maximum: max, origin: 'string', inclusive: true, input: s });
});
/** Platform order numbers are long digit strings; never numbers (19 digits overflow doubles). */
export const OrderNo = z.string().regex(/^\d{6,24}$/, 'order number must be 6–24 digits');
export const EpochMs = z.number().int().nonnegative();

export const Platform = z.enum(['taobao', 'tmall', 'jd', 'pdd', 'other']);
export type Platform = z.infer<typeof Platform>;

/** Every stored record carries these so backups and team sync can work from v1. */
export const Tracked = z.object({
  id: Id,
  updatedAt: EpochMs,
  updatedBy: Id,
  deletedAt: EpochMs.nullable(),
});
export type Tracked = z.infer<typeof Tracked>;

/** What a repository write needs from a caller: the record without the tracking fields. */
export type Draft<T extends Tracked> = Omit<T, 'updatedAt' | 'updatedBy' | 'deletedAt'> & { deletedAt?: number | null };
