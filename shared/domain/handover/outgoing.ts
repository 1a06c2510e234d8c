import type { HandoverItem } from '../../schemas/shift';
import { shanghaiDate } from '../../lib/time';
import type { CompiledItem, HandoverSection } from './compile';
import type { ShiftWindow } from './shifts';

/** What the outgoing agent has written so far: notes per item, items left out, free items and notes. */
export interface OutgoingDraft {
  /** Note per item key. */
  notes: Readonly<Record<string, string>>;
  /** Compiled items the agent chose not to hand over. */
  excluded: Readonly<Record<string, boolean>>;
  /** Items the agent added by hand. */
  extra: readonly HandoverItem[];
  /** Free notes for the whole shift. */
  free: string;
}

export interface OutgoingSection {
  kind: string;
  items: CompiledItem[];
  /** Items in the section, including those beyond the list's cap. */
  total: number;
  /** Left out beyond the cap (still open in their own tabs). */
  more: number;
}

export interface OutgoingView {
  sections: OutgoingSection[];
  /** The store has answered and nothing is open. */
  nothingOpen: boolean;
}

/** What the outgoing review shows; `sections` is null until the open items have been read. */
export function outgoingView(sections: readonly HandoverSection[] | null): OutgoingView {
  return {
    sections: (sections ?? []).map((s) => ({ kind: s.kind, items: s.items, total: s.items.length + s.more, more: s.more })),
    nothingOpen: sections !== null && sections.length === 0,
  };
}

/** Longest label of an item added by hand. */
export const FREE_ITEM_MAX = 300;

/** An item the agent adds by hand (a note-kind line); null for blank text. */
export function freeItem(id: string, text: string): HandoverItem | null {
  const label = text.trim().slice(0, FREE_ITEM_MAX);
  if (!label) return null;
  return { key: `note:${id}`, kind: 'note', label, detail: '', shopName: '', dueAt: null, urgency: 1, target: null, note: '', ackBy: null, ackAt: null, claimedBy: null };
}

/** The handover record's contents: items added by hand first, then the compiled ones kept, each with its note. */
export function handoverContents(sections: readonly HandoverSection[], draft: OutgoingDraft, shift: ShiftWindow): { shiftKey: string; shiftDate: string; items: HandoverItem[]; notes: string } {
  const items: HandoverItem[] = [
    ...draft.extra.map((i) => ({ ...i, note: draft.notes[i.key] ?? i.note })),
    ...sections.flatMap((s) => s.items).filter((i) => !draft.excluded[i.key]).map((i) => ({ ...i, note: draft.notes[i.key] ?? '', ackBy: null, ackAt: null, claimedBy: null })),
  ];
  return { shiftKey: shift.key, shiftDate: shanghaiDate(shift.startAt), items, notes: draft.free };
}

/** A saved draft back as what the agent had written (compiled items are compiled afresh). */
export function draftFromRecord(record: { items: readonly HandoverItem[]; notes: string }): { notes: Record<string, string>; extra: HandoverItem[]; free: string } {
  return {
    notes: Object.fromEntries(record.items.map((i) => [i.key, i.note])),
    extra: record.items.filter((i) => i.kind === 'note'),
    free: record.notes,
  };
}
