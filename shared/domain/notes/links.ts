/** A piece of a note body: plain text, or a link to an order (#订单号) or a buyer (@买家). */
export type NoteSegment = { kind: 'text'; text: string } | { kind: 'order'; text: string; orderNo: string } | { kind: 'buyer'; text: string; nick: string };

// #+6–24 digits is an order number; @ + a nick runs until whitespace or common punctuation.
const LINK = /#(\d{6,24})(?!\d)|@([^\s@#，。,.;；:：!！?？、()（）[\]【】<>《》"“”']{1,64})/gu;

/** Splits a note body into text and links. The caller renders every segment as text. */
export function parseNoteLinks(body: string): NoteSegment[] {
  const out: NoteSegment[] = [];
  let last = 0;
  for (const m of body.matchAll(LINK)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: body.slice(last, at) });
    if (m[1] !== undefined) out.push({ kind: 'order', text: m[0], orderNo: m[1] });
    else out.push({ kind: 'buyer', text: m[0], nick: m[2] ?? '' });
    last = at + m[0].length;
  }
  if (last < body.length) out.push({ kind: 'text', text: body.slice(last) });
  return out;
}
