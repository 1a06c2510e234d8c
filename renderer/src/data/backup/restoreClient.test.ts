import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_READ_CHUNK_BYTES, BACKUP_RESTORE_MAX_BYTES } from '@shared/schemas/backup';
import { wholeUtf8Prefix } from '@shared/lib/utf8';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { seedDemoShop } from '../demo';
import { createNote } from '../notes/notes';
import { BACKUP_TABLES } from './tables';
import { createSnapshot, openRestore, type RestoreSource } from '.';
import { objectBackupText, readBackupText } from './backupText';

const NOW = Date.UTC(2026, 10, 22, 6);
let db: XiaoerDb;
let n = 0;
let agentId: string;

beforeEach(async () => {
  db = new XiaoerDb(`restore-client-${++n}`);
  await db.open();
  setDbForTests(db);
  agentId = await seedDemoShop(NOW);
});
afterEach(() => db.delete());

/** A file read the way both hosts answer backup:read-chunk: 2 MB pieces ending on whole characters. */
function chunkedSource(text: string): RestoreSource & { reads: number } {
  const bytes = new TextEncoder().encode(text);
  const source = {
    reads: 0,
    sizeBytes: bytes.length,
    async read(offset: number) {
      source.reads += 1;
      const piece = bytes.subarray(offset, offset + BACKUP_READ_CHUNK_BYTES);
      const keep = wholeUtf8Prefix(piece, offset + piece.length >= bytes.length);
      return { text: new TextDecoder().decode(piece.subarray(0, keep)), nextOffset: offset + keep };
    },
  };
  return source;
}

/** A store a few chunks big: long Chinese notes (3 bytes a character, so pieces end mid-character). */
async function bigBackup(): Promise<string> {
  for (let i = 0; i < 40; i += 1) {
    await createNote('mine', { agentId, now: NOW + i }, { title: `交接 ${i}`, body: `买家催发货，已核实地址😀${i}`.repeat(3000) });
  }
  return (await createSnapshot({ agentId, now: NOW + 1000, appVersion: '0.1.0' })).content;
}

const counts = async (): Promise<Record<string, number>> =>
  Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).count()] as const)));

async function emptyStore(): Promise<void> {
  await db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
    for (const t of BACKUP_TABLES) await db.table(t).clear();
  });
}

describe('a restore read in pieces', () => {
  it('restores a backup several chunks big onto an empty store, reporting progress up to 100%', async () => {
    const text = await bigBackup();
    const before = await counts();
    const source = chunkedSource(text);
    expect(source.sizeBytes).toBeGreaterThan(2 * BACKUP_READ_CHUNK_BYTES);
    await emptyStore();

    const session = await openRestore();
    const seen: number[] = [];
    const outcome = await session.check([source], (f) => seen.push(f));
    expect(outcome).toMatchObject({ ok: true, count: before['notes']! + Object.entries(before).filter(([t]) => t !== 'notes' && t !== 'changes').reduce((s, [, c]) => s + c, 0) });
    expect(source.reads).toBe(Math.ceil(source.sizeBytes / BACKUP_READ_CHUNK_BYTES));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    // Checked, not yet written: the agent has not confirmed.
    expect((await counts())['notes']).toBe(0);

    const merged: number[] = [];
    const report = await session.restore((f) => merged.push(f));
    session.close();
    // Read twice, a piece at a time: once to check, once to merge — never held whole.
    expect(source.reads).toBe(2 * Math.ceil(source.sizeBytes / BACKUP_READ_CHUNK_BYTES));
    expect(report.tables['notes']?.added).toBe(before['notes']);
    expect(merged.at(-1)).toBe(1);
    const after = await counts();
    // Every record is back; the log may gain a line for a record whose latest line said otherwise.
    expect({ ...after, changes: 0 }).toEqual({ ...before, changes: 0 });
    expect(after['changes']).toBeGreaterThanOrEqual(before['changes']!);
    const note = (await db.notes.toArray()).find((x) => x.title === '交接 39');
    expect(note?.body).toBe('买家催发货，已核实地址😀39'.repeat(3000));
  });

  it('restores a backup in the one-object layout (every file written before the lines layout), its log read before its records', async () => {
    const lines = await bigBackup();
    const before = await counts();
    const content = readBackupText(lines);
    // As the old writer ordered them: the log after the record tables, the photos last.
    const tables = Object.fromEntries(BACKUP_TABLES.filter((t) => t !== 'photos').concat('photos').map((t) => [t, content.tables[t] ?? []]));
    const source = chunkedSource(objectBackupText({ header: content.header, tables }));
    const pieces = Math.ceil(source.sizeBytes / BACKUP_READ_CHUNK_BYTES);
    expect(pieces).toBeGreaterThan(2);
    await emptyStore();

    const session = await openRestore();
    expect(await session.check([source], () => undefined)).toMatchObject({ ok: true, parts: [['changes', 'records']] });
    const report = await session.restore(() => undefined);
    session.close();
    // One read to check, then the log in a read of its own before the records in another.
    expect(source.reads).toBe(3 * pieces);
    expect(report.tables['notes']?.added).toBe(before['notes']);
    const after = await counts();
    expect({ ...after, changes: 0 }).toEqual({ ...before, changes: 0 });
    expect(after['changes']).toBeGreaterThanOrEqual(before['changes']!);
  });

  it('a file bad in its last chunk is refused whole and changes nothing', async () => {
    const text = await bigBackup();
    const before = await counts();
    // The last note's author is no longer an id: found only after every piece was read.
    const at = text.lastIndexOf('"updatedBy":"');
    const bad = `${text.slice(0, at)}"updatedBy":1${text.slice(text.indexOf('"', at + 13) + 1)}`;
    const session = await openRestore();
    const outcome = await session.check([chunkedSource(bad)], () => undefined);
    session.close();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]).toMatchObject({ field: expect.stringMatching(/\.updatedBy$/) });
    expect(await counts()).toEqual(before);
  });

  it('refuses a file over the restore limit by its size, before reading any of it', async () => {
    const source = { ...chunkedSource('{}'), sizeBytes: BACKUP_RESTORE_MAX_BYTES + 1 };
    const session = await openRestore();
    const outcome = await session.check([source], () => undefined);
    session.close();
    expect(outcome).toEqual({ ok: false, problems: [{ code: 'backupTooLarge', params: { sizeMb: 501, maxMb: 500 } }] });
    expect(source.reads).toBe(0);
  });
});
