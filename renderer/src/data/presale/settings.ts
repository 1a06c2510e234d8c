import { DEFAULT_LINT_LISTS, LintLists } from '@shared/domain/lint';
import { readSetting, writeSetting } from '../repositories/settings';
import type { WriteContext } from '../repositories/tracked';

export const LINT_LISTS_KEY = 'presale/lintLists';
export const MUTED_SHOPS_KEY = 'presale/mutedShops';
export const PEAK_MODE_KEY = 'presale/peakMode';

/** The shop's reply-lint word lists; a stored value that no longer parses falls back to the defaults. */
export async function readLintLists(): Promise<LintLists> {
  const raw = await readSetting<unknown>(LINT_LISTS_KEY, null);
  if (raw === null) return DEFAULT_LINT_LISTS;
  const parsed = LintLists.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_LINT_LISTS;
}

export async function writeLintLists(lists: LintLists, ctx: WriteContext): Promise<void> {
  await writeSetting(LINT_LISTS_KEY, LintLists.parse(lists), ctx);
}

export async function readMutedShops(): Promise<string[]> {
  const raw = await readSetting<unknown>(MUTED_SHOPS_KEY, []);
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
}

export async function setShopMuted(shopId: string, muted: boolean, ctx: WriteContext): Promise<void> {
  const now = new Set(await readMutedShops());
  if (muted) now.add(shopId);
  else now.delete(shopId);
  await writeSetting(MUTED_SHOPS_KEY, [...now], ctx);
}

export async function readPeakMode(): Promise<boolean> {
  return (await readSetting<unknown>(PEAK_MODE_KEY, false)) === true;
}

export async function setPeakMode(on: boolean, ctx: WriteContext): Promise<void> {
  await writeSetting(PEAK_MODE_KEY, on, ctx);
}
