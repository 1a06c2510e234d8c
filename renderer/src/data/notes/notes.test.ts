import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { MINUTE } from '@shared/lib/time';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { createNote, listNotes, restoreRevision, revisionsOf, saveNote, subjectNotes, thinExpiredRevisions } from './notes';

const T = 1_800_000_000_000;
const ctx = (now: number) => ({ agentId: 'A1', now });
let n = 0;

beforeEach(() => setDbForTests(new XiaoerDb(`notes-${++n}`)));

describe('notes repository', () => {
  it('keeps one revision of the replaced text per 10 minutes of saves', async () => {
    const note = await createNote('mine', ctx(T));
    await saveNote(note.id, { title: '', body: '一', tags: [], pinned: false }, ctx(T + 1000));
    await saveNote(note.id, { title: '', body: '一二', tags: [], pinned: false }, ctx(T + 2000));
    await saveNote(note.id, { title: '', body: '一二三', tags: [], pinned: false }, ctx(T + 3 * MINUTE));
    await saveNote(note.id, { title: '', body: '一二三四', tags: [], pinned: false }, ctx(T + 12 * MINUTE));
    expect((await revisionsOf(note.id)).map((r) => r.body)).toEqual(['一二三', '一']);
  });

  it('restores a revision, keeps the replaced text, and the restore can be undone', async () => {
    const note = await createNote('mine', ctx(T));
    await saveNote(note.id, { title: '', body: '初稿', tags: [], pinned: false }, ctx(T + 1000));
    await saveNote(note.id, { title: '', body: '初稿加改动', tags: [], pinned: false }, ctx(T + 2000));
    const [first] = await revisionsOf(note.id);
    const { note: restored, undoId } = await restoreRevision(note.id, first!.id, ctx(T + 3000));
    expect(restored.body).toBe('初稿');
    const { note: undone } = await restoreRevision(note.id, undoId, ctx(T + 4000));
    expect(undone.body).toBe('初稿加改动');
  });

  it('lists own and shared notes, pinned first, and hides other agents\' notes', async () => {
    const mine = await createNote('mine', ctx(T), { title: '我的' });
    await createNote('shop', ctx(T + 1), { title: '店铺', pinned: true });
    await createNote('mine', { agentId: 'B2', now: T + 2 }, { title: '别人的' });
    const rows = await listNotes('A1');
    expect(rows.map((r) => r.title)).toEqual(['店铺', '我的']);
    expect(rows[1]!.id).toBe(mine.id);
  });
});

describe('subject notes', () => {
  it('lists buyer, order and case notes with what they are about, and keeps them out of the memo book list', async () => {
    const db = new XiaoerDb(`notes-subject-${++n}`);
    setDbForTests(db);
    const tracked = { updatedAt: 1, updatedBy: 'A1', deletedAt: null };
    await db.buyers.put({ id: 'B1', shopId: 'S1', nick: '阿花', tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '', ...tracked });
    await db.orders.put({ id: 'O1', orderNo: '1234567890', shopId: 'S1', buyerId: 'B1', status: 'paid', totalFen: 100, items: [], createdAt: 1, paidAt: 1, addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...tracked });
    await createNote('shop', ctx(T), { body: '怕冷，发顺丰' }, 'B1');
    await createNote('shop', ctx(T), { body: '改地址' }, 'O1');
    const gone = await createNote('shop', ctx(T), { body: '删掉的' }, 'B1');
    await db.notes.put({ ...gone, deletedAt: T });
    await createNote('mine', ctx(T), { body: '自己的' });
    const rows = await subjectNotes();
    expect(rows.map((r) => [r.note.body, r.subject]).sort()).toEqual([['怕冷，发顺丰', { kind: 'buyer', label: '阿花' }], ['改地址', { kind: 'order', label: '1234567890' }]]);
    expect((await listNotes('A1')).map((x) => x.body)).toEqual(['自己的']);
  });
});

describe('revision thinning at start', () => {
  it('tombstones revisions past 30 days of every note, including notes nobody edits any more', async () => {
    const db = new XiaoerDb(`notes-thin-${++n}`);
    setDbForTests(db);
    const idle = await createNote('mine', ctx(T));
    const rev = (id: string, noteId: string, at: number) => ({ id, noteId, body: id, at, reason: 'periodic' as const, updatedAt: at, updatedBy: 'A1', deletedAt: null });
    const day = 24 * 60 * MINUTE;
    await db.noteRevisions.bulkPut([rev('old', idle.id, T - 31 * day), rev('keep', idle.id, T - 29 * day), rev('gone', 'N-deleted-note', T - 40 * day)]);
    expect(await thinExpiredRevisions(ctx(T))).toBe(2);
    expect((await revisionsOf(idle.id)).map((r) => r.id)).toEqual(['keep']);
    // Already tombstoned rows are not dropped twice.
    expect(await thinExpiredRevisions(ctx(T + 1000))).toBe(0);
    expect((await db.changes.toArray()).filter((c) => c.op === 'delete')).toHaveLength(2);
  });
});
