export { maskAddress, maskPhone } from '../privacy';

/** Tags an agent commonly puts on a buyer; offered as one-click suggestions. */
export const SUGGESTED_TAGS = ['母婴', '学生', '送礼', '价格敏感', '挑剔', '老顾客', '大码', '急用', '职场', '回头客'] as const;

/** Suggestions not already on the buyer, matching what the agent typed (empty input: all). */
export function suggestTags(current: readonly string[], typed: string): string[] {
  const q = typed.trim();
  return SUGGESTED_TAGS.filter((t) => !current.includes(t) && (q === '' || t.includes(q)));
}
