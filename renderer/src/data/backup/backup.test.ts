import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '@shared/schemas/entities';
import { CURRENT_VERSION } from '../schema';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { seedDemoShop } from '../demo';
import { tombstone } from '../repositories/tracked';
import { createNote, saveNote } from '../notes/notes';
import { writeSetting } from '../repositories/settings';
import { appendAudit } from '../repositories/audit';
import { addPhoto } from '../cases/photos';
import { BACKUP_TABLES, LOCAL_ONLY_TABLES, ROW_SCHEMAS } from './tables';
import { linesBackupText, objectBackupText, readBackupText, type BackupContent } from './backupText';
import { problemSummary } from '@shared/lib/problem';
import { createSnapshot, restoreSnapshot, validateSnapshot, type ValidSnapshot } from '.';

const NOW = Date.UTC(2026, 10, 22, 6);
let db: XiaoerDb;
let n = 0;
let agentId: string;

beforeEach(async () => {
  db = new XiaoerDb(`backup-${++n}`);
  await db.open();
  setDbForTests(db);
  agentId = await seedDemoShop(NOW);
});
afterEach(() => db.delete());

const ctx = (dt = 0) => ({ agentId, now: NOW + dt });
const snapshot = async (dt = 1000) => createSnapshot({ agentId, now: NOW + dt, appVersion: '0.1.0' });
const valid = (text: string): ValidSnapshot => {
  const r = validateSnapshot(text);
  if (!r.ok) throw new Error(r.error.map(problemSummary).join('\n'));
  return r.value;
};
type Editable = { header: Record<string, unknown>; tables: Record<string, Record<string, unknown>[]> };
/** The backup's text after `change` (lines layout, as written). */
const edit = (text: string, change: (f: Editable) => void): string => {
  const f = readBackupText(text) as unknown as Editable;
  change(f);
  return linesBackupText(f as BackupContent);
};
const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 250])], { type: 'image/png' });
const fakeThumb = async (): Promise<Blob> => new Blob([new Uint8Array([0xff, 0xd8, 7])], { type: 'image/jpeg' });

/**
 * Every table's rows in a comparable form: Blobs as bytes, the log without its local seq and
 * its origin (a restore says which lines are history and which records it wrote).
 */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of BACKUP_TABLES) {
    const rows = (await db.table(t).toArray()) as Record<string, unknown>[];
    const plain = [];
    for (const r of rows) {
      const copy: Record<string, unknown> = { ...r };
      for (const [k, v] of Object.entries(copy)) if (v instanceof Blob) copy[k] = { type: v.type, bytes: [...new Uint8Array(await v.arrayBuffer())] };
      delete copy['seq'];
      if (t === 'changes') delete copy['origin'];
      plain.push(copy);
    }
    out[t] = t === 'changes' ? plain.map((c) => JSON.stringify(c)).sort() : plain;
  }
  return out;
}

async function addVariety(): Promise<Note> {
  const note = await createNote('mine', ctx(10), { title: '备份演练', body: '先道歉，再核实' });
  await writeSetting('ui.density', 'compact', ctx(20));
  await appendAudit('reveal', 'B-x', '核对地址', ctx(30));
  const ticket = (await db.tickets.toArray())[0]!;
  await addPhoto(ticket.id, png, '破损.png', ctx(40), fakeThumb);
  const gone = await createNote('shop', ctx(50), { title: '作废' });
  await tombstone(db, 'notes', gone.id, ctx(60));
  return note;
}

describe('backup snapshot and restore', () => {
  it('round trip: snapshot → empty store → restore gives back identical rows in every table', async () => {
    await addVariety();
    const before = await dump();
    const snap = await snapshot();
    expect(snap.name).toBe('xiaoer-backup-20261122-060001.json');
    const parsed = readBackupText(snap.content);
    expect(parsed.header['format']).toBe('xiaoer-backup');
    expect(parsed.header['createdBy']).toBe(agentId);
    // One line per row: the header, then each table's marker and rows, then the closing line.
    expect(snap.content.split('\n').length - 1).toBe(1 + BACKUP_TABLES.length + Object.values(parsed.tables).reduce((n, r) => n + r.length, 0) + 1);
    expect(Object.keys(parsed.tables).sort()).toEqual([...BACKUP_TABLES].sort());
    expect((parsed.tables['photos']![0] as { blob: { mime: string } }).blob.mime).toBe('image/png');

    await db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
      for (const t of BACKUP_TABLES) await db.table(t).clear();
    });
    const report = await restoreSnapshot(valid(snap.content));
    const after = await dump();
    expect({ ...after, changes: [] }).toEqual({ ...before, changes: [] });
    // The log comes back whole, plus a line for the one write the demo seeding never logged
    // (its simulator setting): a restored record is always visible to the later team sync.
    const extra = after['changes']!.filter((c) => !before['changes']!.includes(c));
    expect(before['changes']!.every((c) => after['changes']!.includes(c))).toBe(true);
    expect(extra.map((c) => JSON.parse(c as string).id)).toEqual(['demo.simulator']);
    const rows = BACKUP_TABLES.filter((t) => t !== 'changes').reduce((s, t) => s + before[t]!.length, 0);
    expect(report.total).toEqual({ added: rows, replaced: 0, keptNewer: 0, skipped: 0 });
    expect(report.logAdded).toBe(before['changes']!.length + 1);
    // Each record written is logged as a restore (what team sync offers the server); the
    // backup's other lines are history.
    const log = await db.changes.toArray();
    const restored = log.filter((c) => c.origin === 'restore');
    expect(restored).toHaveLength(rows);
    expect(new Set(restored.map((c) => `${c.table}/${c.id}`)).size).toBe(rows);
    expect(log.every((c) => c.origin === 'restore' || c.origin === 'history')).toBe(true);
  });

  it('restoring onto the same store changes nothing and counts every record as skipped', async () => {
    await addVariety();
    const snap = await snapshot();
    const before = await dump();
    const report = await restoreSnapshot(valid(snap.content));
    expect(report.total.added + report.total.replaced + report.total.keptNewer).toBe(0);
    expect(report.logAdded).toBe(0);
    expect(await dump()).toEqual(before);
  });

  it('merges by record: lost records come back, older ones are replaced, newer work and later deletions are kept', async () => {
    const note = await addVariety();
    const other = await createNote('mine', ctx(70), { title: '第二条', body: '原文' });
    const third = await createNote('mine', ctx(80), { title: '第三条', body: '原文' });
    const snap = await snapshot(100);
    // After the backup: one note edited (newer), one deleted (newer tombstone), one lost outright,
    // and one brought back to an older state by a stale write.
    await saveNote(note.id, { title: '备份演练', body: '备份之后又改过', tags: [], pinned: false }, ctx(200));
    await tombstone(db, 'notes', other.id, ctx(210));
    // Lost outright, its removal logged (as 清除演示数据 does).
    await db.notes.delete(third.id);
    await db.changes.add({ table: 'notes', id: third.id, op: 'delete', at: NOW + 220, agent: agentId });
    const shop = (await db.shops.toArray())[0]!;
    await db.shops.put({ ...shop, name: '旧名字', updatedAt: shop.updatedAt - 1 });

    const report = await restoreSnapshot(valid(snap.content));
    expect((await db.notes.get(note.id))?.body).toBe('备份之后又改过');
    expect((await db.notes.get(other.id))?.deletedAt).toBe(NOW + 210);
    expect((await db.notes.get(third.id))?.body).toBe('原文');
    expect((await db.shops.get(shop.id))?.name).toBe(shop.name);
    expect(report.tables['notes']).toMatchObject({ added: 1, keptNewer: 2 });
    expect(report.tables['shops']).toMatchObject({ replaced: 1 });
    // The returning note is the log's latest word on it again, under its own author and time.
    const logged = await db.changes.where('[table+id]').equals(['notes', third.id]).sortBy('seq');
    expect(logged.map((c) => [c.op, c.at])).toEqual([['put', NOW + 80], ['delete', NOW + 220], ['put', NOW + 80]]);
  });

  it('a corrupted row is named by table, row and field, and nothing is written', async () => {
    const snap = await snapshot();
    const text = edit(snap.content, (f) => { f.tables['messages']![11]!['text'] = 42; });
    await db.messages.clear();
    const before = await dump();
    const result = validateSnapshot(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual([{ code: 'notText', field: 'messages.text', row: 12 }]);
    expect(await dump()).toEqual(before);
  });

  it.each([
    ['not JSON', (s: string) => s.slice(0, 100), { code: 'notJson' }],
    ['a foreign file', () => JSON.stringify({ format: 'other-app', tables: {} }), { code: 'backupForeign' }],
    ['a newer store version', (s: string) => s.replace(`"schemaVersion":${CURRENT_VERSION}`, `"schemaVersion":${CURRENT_VERSION + 1}`), { code: 'backupNewer', params: { version: CURRENT_VERSION + 1, current: CURRENT_VERSION } }],
    ['a missing table', (s: string) => edit(s, (f) => { delete f.tables['notes']; }), { code: 'tableMissing', field: 'notes' }],
    ['a table this store does not have', (s: string) => edit(s, (f) => { f.tables['invoices'] = []; }), { code: 'tableUnknown', params: { table: 'invoices' } }],
    ['a duplicated id', (s: string) => edit(s, (f) => { f.tables['shops']!.push(f.tables['shops']![0]!); }), { code: 'duplicate', field: 'shops.id', row: 3 }],
    ['a photo whose bytes are not base64', (s: string) => edit(s, (f) => { (f.tables['photos']![0]!['blob'] as { base64: string }).base64 = '%%%'; }), { code: 'badFormat', field: 'photos.blob.base64', row: 1 }],
    ['a header without its author', (s: string) => edit(s, (f) => { delete f.header['createdBy']; }), { code: 'required', field: 'header.createdBy' }],
    ['a one-object file (the layout before JSON lines) without its author', (s: string) => { const f = readBackupText(s); delete f.header['createdBy']; return objectBackupText(f); }, { code: 'required', field: 'header.createdBy' }],
    ['a file cut short at a line break', (s: string) => s.slice(0, s.lastIndexOf('\n', s.length - 2) + 1), { code: 'backupTruncated' }],
  ])('refuses %s with a clear reason', async (_label, corrupt, want) => {
    await addVariety();
    const snap = await snapshot();
    const result = validateSnapshot(corrupt(snap.content));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]).toMatchObject(want);
  });

  it('caps the list of problems of a badly damaged file', async () => {
    const snap = await snapshot();
    const result = validateSnapshot(edit(snap.content, (f) => { for (const m of f.tables['messages']!) m['from'] = 'robot'; }));
    if (result.ok) throw new Error('accepted');
    expect(result.error).toHaveLength(21);
    expect(result.error[20]).toMatchObject({ code: 'moreProblems', params: { count: expect.any(Number) } });
  });

  it('writes a restored record as it was in the file but drops fields its schema does not know, and cleans its texts', async () => {
    const note = await createNote('mine', ctx(10), { title: 'x' });
    const snap = await snapshot();
    const text = edit(snap.content, (f) => {
      const row = f.tables['notes']!.find((r) => r['id'] === note.id)!;
      row['updatedAt'] = NOW + 5000;
      row['futureField'] = 'dropped';
      row['body'] = '退款\u202E已到账\u200B';
    });
    await restoreSnapshot(valid(text));
    const stored = await db.notes.get(note.id);
    expect(stored).toMatchObject({ updatedAt: NOW + 5000, body: '退款已到账' });
    expect(stored).not.toHaveProperty('futureField');
  });

  it('refuses a row with a NUL or a decoding error, naming table, row and field, and writes nothing', async () => {
    const snap = await snapshot();
    const nul = validateSnapshot(edit(snap.content, (f) => { f.tables['messages']![3]!['text'] = '在\u0000吗'; }));
    expect(nul.ok ? null : nul.error).toEqual([{ code: 'textNul', field: 'messages.text', row: 4 }]);
    const gbk = validateSnapshot(edit(snap.content, (f) => { f.tables['buyers']![0]!['nick'] = '\uFFFD€'; }));
    expect(gbk.ok ? null : gbk.error).toEqual([{ code: 'textEncoding', field: 'buyers.nick', row: 1 }]);
  });

  it('every table of the Dexie schema has a row schema, so no table is left out of a backup but the sync bookkeeping', () => {
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual([...BACKUP_TABLES].sort());
    expect([...BACKUP_TABLES, ...LOCAL_ONLY_TABLES].sort()).toEqual(db.tables.map((t) => t.name).sort());
  });
});
