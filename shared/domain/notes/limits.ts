import { MAX_NOTE_CHARS } from '../../schemas/shift';

/** The note's cap is the Note schema's own (shared/schemas/shift.ts). */
export { MAX_NOTE_CHARS };

export type PasteCheck = { ok: true } | { ok: false; pastedChars: number; approxMb: number; max: number };

/**
 * Whether pasting `pasted` over the selection [selStart, selEnd) of `current` keeps the note
 * within the limit. A refused paste changes nothing, so no text is lost.
 */
export function checkPaste(currentLength: number, selStart: number, selEnd: number, pasted: string): PasteCheck {
  const next = currentLength - Math.max(0, selEnd - selStart) + pasted.length;
  if (next <= MAX_NOTE_CHARS) return { ok: true };
  // UTF-16 length × ~1–3 bytes; the message only needs a rough size.
  return { ok: false, pastedChars: pasted.length, approxMb: Math.round((pasted.length / (1024 * 1024)) * 10) / 10, max: MAX_NOTE_CHARS };
}
