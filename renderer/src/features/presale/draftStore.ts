import { create } from 'zustand';
import { stackPhrases } from '@shared/domain/phrases';

/** In-flight drafts per conversation (UI state only): text, slot values and phrases used. */
export interface Draft {
  text: string;
  slots: Record<string, string>;
  phraseIds: string[];
  /** Slot values the app worked out itself (the 尺码 from the buyer's height and weight), shown at once. */
  suggested?: Record<string, string>;
}

const EMPTY: Draft = { text: '', slots: {}, phraseIds: [] };

interface DraftState {
  drafts: Record<string, Draft>;
  get(id: string): Draft;
  setText(id: string, text: string): void;
  setSlot(id: string, name: string, value: string): void;
  /** Fills slots with values the app worked out; the reply shows at once and the next Enter sends. */
  suggest(id: string, values: Record<string, string>): void;
  /** Adds text to the draft; several phrases stack into one reply. */
  insert(id: string, text: string, phraseId?: string): void;
  clear(id: string): void;
}

export const useDrafts = create<DraftState>()((set, get) => ({
  drafts: {},
  get: (id) => get().drafts[id] ?? EMPTY,
  setText: (id, text) => set((s) => ({ drafts: { ...s.drafts, [id]: { ...(s.drafts[id] ?? EMPTY), text } } })),
  setSlot: (id, name, value) => set((s) => {
    const d = s.drafts[id] ?? EMPTY;
    return { drafts: { ...s.drafts, [id]: { ...d, slots: { ...d.slots, [name]: value } } } };
  }),
  suggest: (id, values) => set((s) => {
    const d = s.drafts[id] ?? EMPTY;
    return { drafts: { ...s.drafts, [id]: { ...d, slots: { ...d.slots, ...values }, suggested: { ...d.suggested, ...values } } } };
  }),
  insert: (id, text, phraseId) => set((s) => {
    const d = s.drafts[id] ?? EMPTY;
    return { drafts: { ...s.drafts, [id]: { ...d, text: d.text.trim() === '' ? text : stackPhrases([d.text, text]), phraseIds: phraseId ? [...d.phraseIds, phraseId] : d.phraseIds } } };
  }),
  clear: (id) => set((s) => {
    const rest = { ...s.drafts };
    delete rest[id];
    return { drafts: rest };
  }),
}));

export const draftOf = (id: string) => (s: DraftState): Draft => s.drafts[id] ?? EMPTY;
