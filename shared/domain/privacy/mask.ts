/**
 * Buyer data on screen (DESIGN §4 Privacy): lists, messages and exports show these masked
 * copies; the full values are revealed on demand with an audit entry.
 */

/** "138****5678". Already masked values are returned as they are; no number stays empty. */
export function maskPhone(phone: string): string {
  const t = phone.trim();
  if (t === '' || t.includes('*')) return t;
  let digits = t.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (digits.length >= 7) return `${digits.slice(0, 3)}${'*'.repeat(Math.max(4, digits.length - 7))}${digits.slice(-4)}`;
  return '*'.repeat(Math.max(digits.length, 4));
}

/**
 * Keeps the administrative part (province/city/district) and the first few characters of the
 * street, hides the rest: "浙江省杭州市西湖区文三路****". Already masked values are returned as they are.
 */
export function maskAddress(address: string, keepStreetChars = 3): string {
  const t = address.trim().replace(/\s+/g, ' ');
  if (t.includes('*')) return t;
  const chars = [...t];
  let cut = -1;
  for (let i = 0; i < Math.min(chars.length, 24); i++) if (/[区县旗]/.test(chars[i] as string)) cut = i + 1;
  if (cut < 0) {
    for (let i = 0; i < Math.min(chars.length, 12); i++) if (/[市州盟]/.test(chars[i] as string)) cut = i + 1;
  }
  if (cut < 0) cut = Math.min(6, Math.floor(chars.length / 2));
  const rest = chars.slice(cut);
  const visible = rest.length > keepStreetChars ? rest.slice(0, keepStreetChars).join('') : '';
  return chars.slice(0, cut).join('') + visible + '****';
}
