import { z } from 'zod';

/**
 * The fixed console tabs, in their Ctrl+1..9 order (设置 is reached by the palette or its tab;
 * 团队 is a signed-in supervisor's only, with its own key, Ctrl+Shift+M).
 */
export const FixedTab = z.enum(['presale', 'payments', 'orders', 'aftersale', 'reviews', 'handover', 'notes', 'knowledge', 'reports', 'settings', 'team']);
export type FixedTab = z.infer<typeof FixedTab>;
export const FIXED_TABS: readonly FixedTab[] = FixedTab.options;

export const EntityKind = z.enum(['order', 'buyer', 'case', 'conversation']);
export type EntityKind = z.infer<typeof EntityKind>;

/** Where the console should go: a fixed tab, or one entity in its own tab. */
export const TabTarget = z.union([
  z.object({ tab: FixedTab }),
  z.object({ entity: EntityKind, id: z.string().min(1).max(64) }),
]);
export type TabTarget = z.infer<typeof TabTarget>;
