/** Console-wide keyboard actions. Pure, so the mapping is tested without a DOM. */
export type ConsoleAction = { kind: 'tab'; index: number } | { kind: 'close' } | { kind: 'palette' } | { kind: 'next-tab'; step: 1 | -1 } | { kind: 'help' };

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function actionForKey(e: KeyLike): ConsoleAction | null {
  const mod = e.ctrlKey || e.metaKey;
  // F1 everywhere (Windows habit); Ctrl+/ as in chat apps. A bare "?" would eat the buyer's question mark.
  if (e.key === 'F1' && !mod && !e.altKey) return { kind: 'help' };
  if (!mod || e.altKey) return null;
  if (e.code === 'Slash' || e.key === '/') return { kind: 'help' };
  // Use the physical digit so Chinese IMEs and Shift layouts still switch tabs.
  const digit = e.code?.startsWith('Digit') ? e.code.slice(5) : e.key;
  if (!e.shiftKey && /^[1-9]$/.test(digit)) return { kind: 'tab', index: Number(digit) - 1 };
  const k = e.key.toLowerCase();
  if (!e.shiftKey && k === 'w') return { kind: 'close' };
  if (!e.shiftKey && k === 'k') return { kind: 'palette' };
  if (k === 'tab') return { kind: 'next-tab', step: e.shiftKey ? -1 : 1 };
  if (!e.shiftKey && (k === 'pagedown' || k === 'pageup')) return { kind: 'next-tab', step: k === 'pagedown' ? 1 : -1 };
  return null;
}
