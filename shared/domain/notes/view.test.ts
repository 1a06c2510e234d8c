import { describe, expect, it } from 'vitest';
import type { Note } from '../../schemas/shift';
import { noteSearchKey } from './search';
import { noteKeyCache, notesListView, type NotesListInput } from './view';

const note = (id: string, over: Partial<Note> = {}): Note => ({
  id, updatedAt: 1_000, updatedBy: 'A1', deletedAt: null, ownerId: 'A1', title: '', body: '', tags: [], pinned: false, subjectId: null, ...over,
});
const mine = note('n1', { title: '报价单', body: '大客户报价 三月' });
const shop = note('n2', { ownerId: null, title: '', body: '仓库周六不发货，提前告诉买家哦' });
const about = note('n3', { subjectId: 'b1', body: '这位买家喜欢深色' });
const view = (over: Partial<NotesListInput> = {}) => notesListView({ notes: [mine, shop], subjects: [{ note: about, subject: { kind: 'buyer', label: '小鱼' } }], query: '', selected: null, ...over });

describe('the notes list view', () => {
  it('without a search it lists the memo book, not the buyer, order and case notes', () => {
    expect(view().items.map((i) => i.id)).toEqual(['n1', 'n2']);
  });

  it.each([
    { name: 'a search finds a memo by its words', query: '报价', ids: ['n1'] },
    { name: 'a search finds a memo by pinyin initials', query: 'bjd', ids: ['n1'] },
    { name: 'a search finds a note about a buyer too', query: '深色', ids: ['n3'] },
    { name: 'a search of blanks lists the memo book', query: '   ', ids: ['n1', 'n2'] },
  ])('$name', ({ query, ids }) => {
    expect(view({ query }).items.map((i) => i.id)).toEqual(ids);
  });

  it.each([
    { name: 'a titled note is listed by its title', n: mine, title: '报价单' },
    { name: 'a note without a title is listed by the start of its body', n: shop, title: '仓库周六不发货，提前告诉买家哦' },
    { name: 'a long body is cut to 24 characters', n: note('x', { body: '一'.repeat(40) }), title: '一'.repeat(24) },
    { name: 'an empty note is untitled', n: note('x'), title: null },
  ])('$name', ({ n, title }) => {
    expect(notesListView({ notes: [n], subjects: [], query: '', selected: null }).items[0]?.title).toBe(title);
  });

  it('each line says whose note it is: about a buyer, the shop\'s, or mine', () => {
    expect(view({ query: '深色' }).items[0]?.owner).toEqual({ kind: 'subject', subject: { kind: 'buyer', label: '小鱼' } });
    expect(view().items.map((i) => i.owner.kind)).toEqual(['personal', 'shared']);
  });

  it.each([
    { name: 'the picked note is active', selected: 'n2', notes: [mine, shop], active: 'n2' },
    { name: 'with nothing picked the first memo is active', selected: null, notes: [mine, shop], active: 'n1' },
    { name: 'before the store answers nothing is active', selected: null, notes: null, active: null },
  ])('$name', ({ selected, notes, active }) => {
    expect(view({ selected, notes }).activeId).toBe(active);
  });

  it.each([
    { name: 'a search without a match says so', over: { query: '没有这个词' }, empty: 'noMatch' },
    { name: 'an empty memo book invites the first note', over: { notes: [] }, empty: 'empty' },
    { name: 'while the store has not answered nothing is said', over: { notes: null }, empty: null },
    { name: 'a list with notes needs no message', over: {}, empty: null },
  ])('$name', ({ over, empty }) => {
    expect(view(over as Partial<NotesListInput>).empty).toBe(empty);
  });
});

describe('the search key cache', () => {
  it('gives the same key as computing it afresh, and reuses it while the note is unchanged', () => {
    const keyOf = noteKeyCache();
    const first = keyOf(mine);
    expect(first).toEqual(noteSearchKey(mine));
    expect(keyOf({ ...mine })).toBe(first);
  });

  it('rebuilds the key when the text changes, even with the same save time', () => {
    const keyOf = noteKeyCache();
    keyOf(mine);
    expect(keyOf({ ...mine, body: '新的内容' }).text).toContain('新的内容');
  });
});
