import { describe, expect, it } from 'vitest';
import { createLocalNoteJournal } from './localNoteJournal';

/** A Map-backed Storage, with an optional quota in characters. */
function memoryStorage(quota = Infinity): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > quota) throw new DOMException('quota', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

const entry = (noteId: string, body: string, at = 1_800_000_000_000) => ({ noteId, agentId: 'A1', title: '', body, at });

describe('browser host crash journal', () => {
  it('keeps the latest text per note and reads it back newest first', () => {
    const s = memoryStorage();
    const j = createLocalNoteJournal(s);
    j.write(entry('N1', '一'));
    j.write(entry('N1', '一二', 2_000_000_000_000));
    j.write(entry('N2', '别的'));
    expect(createLocalNoteJournal(s).read().map((e) => [e.noteId, e.body])).toEqual([['N1', '一二'], ['N2', '别的']]);
  });

  it('clears only while the entry holds the saved text, or outright without a match', () => {
    const j = createLocalNoteJournal(memoryStorage());
    j.write(entry('N1', '一二三'));
    j.clear('N1', { title: '', body: '一二' });
    expect(j.read()).toHaveLength(1);
    j.clear('N1', { title: '', body: '一二三' });
    expect(j.read()).toEqual([]);
    j.write(entry('N2', 'x'));
    j.clear('N2', null);
    expect(j.read()).toEqual([]);
  });

  it('drops malformed entries and ignores other keys; a full quota never throws', () => {
    const s = memoryStorage(200);
    s.setItem('xiaoer.noteJournal.N9', '{broken');
    s.setItem('other', 'kept');
    const j = createLocalNoteJournal(s);
    expect(() => j.write(entry('N1', 'x'.repeat(500)))).not.toThrow();
    expect(j.read()).toEqual([]);
    expect(s.getItem('xiaoer.noteJournal.N9')).toBeNull();
    expect(s.getItem('other')).toBe('kept');
  });
});
