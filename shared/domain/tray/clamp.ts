/**
 * Cut a text to the schema's limit so a long translation or buyer nick can never make the
 * summary fail validation at the IPC boundary (which would silence the tray entirely).
 */
export function clampText(text: string, max: number): string {
  const chars = Array.from(text); // by code point, so a cut never splits a surrogate pair
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}
