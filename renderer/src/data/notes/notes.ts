import type { Note, NoteRevision } from '@shared/schemas/entities';
import { newId } from '@shared/lib/ids';
import { refuse } from '@shared/lib/problem';
import { REVISION_KEEP_MS, revisionsToDrop, shouldSnapshot, type NoteSubjectRef } from '@shared/domain/notes';
import { getDb } from '../store';
import { alive, putOne, tombstone, type WriteContext } from '../repositories/tracked';

export type NoteScope = 'mine' | 'shop';
export type NoteFields = Pick<Note, 'title' | 'body' | 'tags' | 'pinned'>;

/**
 * The memo book an agent sees: their own notes and the shop's shared notes (ownerId null),
 * pinned first, then most recently changed. Subject notes (a buyer's, an order's) live with
 * their subject. The notes table is small (hundreds of rows), so one ordered pass is enough.
 */
export async function listNotes(agentId: string): Promise<Note[]> {
  const rows = await getDb().notes.orderBy('updatedAt').reverse().toArray();
  const visible = rows.filter((n) => alive(n) && n.subjectId === null && (n.ownerId === null || n.ownerId === agentId));
  return visible.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt);
}

export async function getNote(id: string): Promise<Note | undefined> {
  const n = await getDb().notes.get(id);
  return alive(n) ? n : undefined;
}

/** Notes attached to a buyer or an order (same editor and guarantees). */
export async function notesOfSubject(subjectId: string): Promise<Note[]> {
  return (await getDb().notes.where('subjectId').equals(subjectId).toArray()).filter(alive);
}

/** What a subject note is about, for the memo book's search results. */
export type NoteSubject = NoteSubjectRef;

/**
 * Every buyer, order and case note with what it is about, for 笔记 search (they are shop notes:
 * whoever serves the buyer next should find them). Subjects are looked up by primary key.
 */
export async function subjectNotes(): Promise<{ note: Note; subject: NoteSubject }[]> {
  const db = getDb();
  const notes = (await db.notes.where('subjectId').above('').toArray()).filter(alive);
  const ids = notes.map((n) => n.subjectId as string);
  const [buyers, orders, tickets, reviews] = await Promise.all([db.buyers.bulkGet(ids), db.orders.bulkGet(ids), db.tickets.bulkGet(ids), db.reviews.bulkGet(ids)]);
  // A case is labelled by its buyer's nick.
  const caseBuyers = await db.buyers.bulkGet(ids.map((_, i) => tickets[i]?.buyerId ?? reviews[i]?.buyerId ?? ''));
  return notes.map((note, i) => {
    const buyer = buyers[i];
    const order = orders[i];
    const subject: NoteSubject = buyer ? { kind: 'buyer', label: buyer.nick } : order ? { kind: 'order', label: order.orderNo } : { kind: 'case', label: caseBuyers[i]?.nick ?? '' };
    return { note, subject };
  });
}

export async function createNote(scope: NoteScope, ctx: WriteContext, fields: Partial<NoteFields> = {}, subjectId: string | null = null): Promise<Note> {
  return putOne<Note>(getDb(), 'notes', {
    id: newId(), ownerId: scope === 'mine' ? ctx.agentId : null, title: fields.title ?? '', body: fields.body ?? '', tags: fields.tags ?? [], pinned: fields.pinned ?? false, subjectId,
  }, ctx);
}

export async function revisionsOf(noteId: string): Promise<NoteRevision[]> {
  const rows = await getDb().noteRevisions.where('[noteId+at]').between([noteId, 0], [noteId, Infinity]).reverse().toArray();
  return rows.filter(alive);
}

/**
 * Saves the note's fields. When the body changes and the newest periodic revision is at least
 * 10 minutes old, the text being replaced is kept as a revision first; revisions past the
 * thinning rule are tombstoned in the same transaction, so history and note never disagree.
 */
export async function saveNote(id: string, fields: NoteFields, ctx: WriteContext): Promise<Note> {
  const db = getDb();
  return db.transaction('rw', [db.notes, db.noteRevisions, db.changes], async () => {
    const current = await db.notes.get(id);
    if (!current) throw refuse('notFound', 'notes', { id });
    if (current.body !== fields.body && current.body !== '') {
      const revisions = await revisionsOf(id);
      if (shouldSnapshot(revisions, ctx.now)) {
        await putOne<NoteRevision>(db, 'noteRevisions', { id: newId(), noteId: id, body: current.body, at: ctx.now, reason: 'periodic' }, ctx);
      }
      for (const old of revisionsToDrop(revisions, ctx.now)) await tombstone(db, 'noteRevisions', old, ctx);
    }
    return putOne<Note>(db, 'notes', { ...current, ...fields }, ctx);
  });
}

/**
 * At start: revisions past the keep period are tombstoned for every note, including notes
 * nobody edits any more (saveNote only thins the note being saved). Reads the `at` index, so
 * only the expired rows are touched. Returns how many were dropped.
 */
export async function thinExpiredRevisions(ctx: WriteContext): Promise<number> {
  const db = getDb();
  return db.transaction('rw', [db.noteRevisions, db.changes], async () => {
    const expired = (await db.noteRevisions.where('at').below(ctx.now - REVISION_KEEP_MS).toArray()).filter(alive);
    for (const r of expired) await tombstone(db, 'noteRevisions', r.id, ctx);
    return expired.length;
  });
}

/**
 * Puts a revision's text back. The text it replaces is kept first as a `before-restore`
 * revision, whose id is returned so the restore can be undone by restoring that one.
 */
export async function restoreRevision(noteId: string, revisionId: string, ctx: WriteContext): Promise<{ note: Note; undoId: string }> {
  const db = getDb();
  return db.transaction('rw', [db.notes, db.noteRevisions, db.changes], async () => {
    const [note, rev] = await Promise.all([db.notes.get(noteId), db.noteRevisions.get(revisionId)]);
    if (!note || !rev || rev.noteId !== noteId) throw refuse('notFound', 'noteRevisions', { id: revisionId });
    const before = await putOne<NoteRevision>(db, 'noteRevisions', { id: newId(), noteId, body: note.body, at: ctx.now, reason: 'before-restore' }, ctx);
    const saved = await putOne<Note>(db, 'notes', { ...note, body: rev.body }, ctx);
    return { note: saved, undoId: before.id };
  });
}

export async function deleteNote(id: string, ctx: WriteContext): Promise<void> {
  await tombstone(getDb(), 'notes', id, ctx);
}

/** Writes text recovered from the crash journal (the note may not even exist in the store yet). */
export async function recoverNote(id: string, fields: Pick<Note, 'title' | 'body'>, ctx: WriteContext): Promise<void> {
  const db = getDb();
  const current = await db.notes.get(id);
  if (current) await saveNote(id, { ...current, ...fields }, ctx);
  else await putOne<Note>(db, 'notes', { id, ownerId: ctx.agentId, title: fields.title, body: fields.body, tags: [], pinned: false, subjectId: null }, ctx);
}
