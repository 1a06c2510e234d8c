import { z } from 'zod';

/** Our own record ids (ULIDs made on the PC). */
export const Id = z.string().min(1).max(64);
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
