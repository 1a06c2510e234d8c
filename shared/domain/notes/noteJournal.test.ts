import { describe, expect, it } from 'vitest';
import { noteJournalVerdict } from './noteJournal';

const entry = { noteId: 'n1', agentId: 'a1', title: 'T', body: '今天记得回访', at: 2000 };

describe('crash journal', () => {
  it.each([
    ['the store never saw the note', null, 'restore'],
    ['the store has older, shorter text', { title: 'T', body: '今天记得', updatedAt: 1500 }, 'restore'],
    ['the store already has the same text', { title: 'T', body: '今天记得回访', updatedAt: 1500 }, 'discard'],
    ['the store has newer text (saved elsewhere later)', { title: 'T', body: '别的内容', updatedAt: 2500 }, 'discard'],
    ['only the title differs and the journal is newer', { title: 'old', body: '今天记得回访', updatedAt: 1000 }, 'restore'],
  ])('when %s → %s', (_l, stored, expected) => {
    expect(noteJournalVerdict(entry, stored)).toBe(expected);
  });
});
