/** Masks a mobile number for lists: 13812341234 → 138****1234. Anything shorter keeps only its last 2. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length === 0) return '';
  return `****${digits.slice(-2)}`;
}

/** Keeps the province/city part of an address and hides the street and door number. */
export function maskAddress(address: string): string {
  const cut = address.search(/[区县镇路街道号]/u);
  const keep = cut > 0 ? address.slice(0, Math.min(cut + 1, 12)) : address.slice(0, 6);
  return address.length > keep.length ? `${keep}****` : keep;
}

/** Tags an agent commonly puts on a buyer; offered as one-click suggestions. */
export const SUGGESTED_TAGS = ['母婴', '学生', '送礼', '价格敏感', '挑剔', '老顾客', '大码', '急用', '职场', '回头客'] as const;

/** Suggestions not already on the buyer, matching what the agent typed (empty input: all). */
export function suggestTags(current: readonly string[], typed: string): string[] {
  const q = typed.trim();
  return SUGGESTED_TAGS.filter((t) => !current.includes(t) && (q === '' || t.includes(q)));
}
