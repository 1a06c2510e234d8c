import type { Shop } from '../../schemas/entities';
import type { ExportPlatform } from './columns';

/**
 * Why a file may belong to another shop than the one picked: its 店铺名称 names another shop,
 * or its columns are another platform's. Warned before anything is written; the agent decides.
 */
export type ShopMismatch =
  | { kind: 'name'; names: string[] }
  | { kind: 'platform'; file: ExportPlatform };

const PLATFORM_OF_SHOP: Readonly<Record<Shop['platform'], ExportPlatform | null>> = { taobao: 'taobao', tmall: 'taobao', jd: 'jd', pdd: 'pdd', other: null };

/** Names compare without spaces and case: exports pad them, agents type them loosely. */
const same = (a: string, b: string): boolean => a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

export function shopMismatch(file: { platform: ExportPlatform | null; shopNames: readonly string[] }, shop: Pick<Shop, 'name' | 'platform'>): ShopMismatch | null {
  const expected = PLATFORM_OF_SHOP[shop.platform];
  if (file.platform && expected && file.platform !== expected) return { kind: 'platform', file: file.platform };
  const others = file.shopNames.filter((n) => !same(n, shop.name));
  return others.length ? { kind: 'name', names: others } : null;
}
