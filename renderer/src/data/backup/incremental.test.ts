import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { seedDemoShop } from '../demo';
import { tombstone } from '../repositories/tracked';
import { createNote, saveNote } from '../notes/notes';
import { addPhoto } from '../cases/photos';
import { BACKUP_TABLES } from './tables';
import { CHUNK_CHARS } from './chunks';
import { problemSummary } from '@shared/lib/problem';
import { combineChain, lastChangeSeq, restoreSnapshot, validateSnapshot, writeSnapshot, type SnapshotPlan, type ValidSnapshot } from '.';

const NOW = Date.UTC(2026, 10, 22, 6);
let db: XiaoerDb;
let n = 0;
let agentId: string;

beforeEach(async () => {
  db = new XiaoerDb(`backup-inc-${++n}`);
  await db.open();
  setDbForTests(db);
  agentId = await seedDemoShop(NOW);
});
afterEach(() => db.delete());

const ctx = (dt: number) => ({ agentId, now: NOW + dt });
async function write(plan: SnapshotPlan): Promise<{ text: string; pieces: string[] }> {
  const pieces: string[] = [];
  await writeSnapshot(db, { agentId, now: NOW + 5000, appVersion: '0.1.0', plan }, (t) => pieces.push(t));
  return { text: pieces.join(''), pieces };
}
const valid = (text: string): ValidSnapshot => {
  const r = validateSnapshot(text);
  if (!r.ok) throw new Error(r.error.map(problemSummary).join('\n'));
  return r.value;
};
const wipe = () => db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => { for (const t of BACKUP_TABLES) await db.table(t).clear(); });
const BASE = 'xiaoer-backup-20261122-060000-full-1.json';

describe('incremental backups read the changes log', () => {
  it('holds only the records changed after fromSeq, at their current version, tombstones included, with those log lines', async () => {
    const kept = await createNote('mine', ctx(10), { title: '早就有的' });
    const edited = await createNote('mine', ctx(20), { title: '要改的', body: '原文' });
    const gone = await createNote('mine', ctx(30), { title: '要删的' });
    const fromSeq = await lastChangeSeq();
    await saveNote(edited.id, { title: '要改的', body: '改过两次', tags: [], pinned: false }, ctx(40));
    await saveNote(edited.id, { title: '要改的', body: '改过三次', tags: [], pinned: false }, ctx(45));
    await tombstone(db, 'notes', gone.id, ctx(50));
    const ticket = (await db.tickets.toArray())[0]!;
    await addPhoto(ticket.id, new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 250])], { type: 'image/png' }), 'a.png', ctx(60), async () => new Blob([new Uint8Array([9])], { type: 'image/jpeg' }));
    const toSeq = await lastChangeSeq();

    const { text } = await write({ kind: 'incremental', base: BASE, fromSeq, toSeq });
    const snap = valid(text);
    expect(snap.header).toMatchObject({ kind: 'incremental', base: BASE, fromSeq, toSeq });
    expect(snap.rows['notes']!.map((r) => [r['title'], r['body'], r['deletedAt']])).toEqual(
      expect.arrayContaining([['要改的', '改过三次', null], ['要删的', gone.body, NOW + 50]]));
    expect(snap.rows['notes']!.map((r) => r['id'])).not.toContain(kept.id);
    expect(snap.rows['photos']).toHaveLength(1);
    expect(snap.rows['changes']!.every((c) => (c['seq'] as number) > fromSeq)).toBe(true);
    expect(snap.rows['changes']!.length).toBe(toSeq - fromSeq);
    // Exactly the tables the log names (a note save also writes its revision, a photo touches its ticket).
    const named = new Set(snap.rows['changes']!.map((c) => c['table']));
    expect(BACKUP_TABLES.filter((t) => t !== 'changes' && snap.rows[t]!.length > 0).sort()).toEqual([...named].sort());
    expect(snap.rows['buyers']).toEqual([]);
  });

  it('a full backup and its incrementals, restored as a chain onto an empty store, give back the store', async () => {
    await createNote('mine', ctx(10), { title: '链上第一条' });
    const s0 = await lastChangeSeq();
    const full = valid((await write({ kind: 'full', toSeq: s0 })).text);
    const note = await createNote('mine', ctx(20), { title: '第一小时' });
    const s1 = await lastChangeSeq();
    const inc1 = valid((await write({ kind: 'incremental', base: BASE, fromSeq: s0, toSeq: s1 })).text);
    await saveNote(note.id, { title: '第一小时', body: '第二小时改的', tags: [], pinned: false }, ctx(30));
    const s2 = await lastChangeSeq();
    const inc2 = valid((await write({ kind: 'incremental', base: BASE, fromSeq: s1, toSeq: s2 })).text);
    const before = await db.notes.orderBy('id').toArray();

    await wipe();
    const report = await restoreSnapshot(combineChain([full, inc1, inc2]));
    expect(await db.notes.orderBy('id').toArray()).toEqual(before);
    expect((await db.notes.get(note.id))?.body).toBe('第二小时改的');
    expect(report.total.replaced + report.total.keptNewer).toBe(0);
  });

  it('a chain never undoes work newer than its last link', async () => {
    const note = await createNote('mine', ctx(10), { title: '会再改' });
    const s0 = await lastChangeSeq();
    const full = valid((await write({ kind: 'full', toSeq: s0 })).text);
    await saveNote(note.id, { title: '会再改', body: '备份里的', tags: [], pinned: false }, ctx(20));
    const inc = valid((await write({ kind: 'incremental', base: BASE, fromSeq: s0, toSeq: await lastChangeSeq() })).text);
    await saveNote(note.id, { title: '会再改', body: '备份之后的', tags: [], pinned: false }, ctx(30));
    await restoreSnapshot(combineChain([full, inc]));
    expect((await db.notes.get(note.id))?.body).toBe('备份之后的');
  });

  it('a full backup comes out in pieces of bounded size that join into one valid file', async () => {
    for (let i = 0; i < 40; i++) await createNote('mine', ctx(i), { title: `长笔记 ${i}`, body: '长'.repeat(100_000) });
    const { text, pieces } = await write({ kind: 'full', toSeq: await lastChangeSeq() });
    expect(pieces.length).toBeGreaterThan(1);
    // A piece is flushed once it reaches CHUNK_CHARS, so it holds at most one page beyond it.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(CHUNK_CHARS + 2000 * 100_000);
    expect(valid(text).rows['notes']!.length).toBeGreaterThanOrEqual(40);
  });
});
