import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTE_JOURNAL_MAX_ENTRIES } from '@shared/host/contract';
import { createNoteJournalStore, type NoteJournalFs } from './note-journal-store';

let root: string;
let dir: string;
const entry = (noteId: string, body: string, at = 1_800_000_000_000) => ({ noteId, agentId: 'A1', title: '', body, at });
const store = (over: Partial<NoteJournalFs> = {}) => createNoteJournalStore({ fs: { ...fs, ...over } as NoteJournalFs, dir, joinPath: join, warn: vi.fn() });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'xiaoer-journal-'));
  dir = join(root, 'journal');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('crash journal on disk', () => {
  it('keeps one file per note, the latest text replacing the previous one', () => {
    const j = store();
    j.write(entry('N1', '一'));
    j.write(entry('N1', '一二', 1_800_000_000_500));
    j.write(entry('N2', '另一条'));
    expect(readdirSync(dir).sort()).toEqual(['N1.json', 'N2.json']);
    expect(store().read().map((e) => [e.noteId, e.body])).toEqual([['N1', '一二'], ['N2', '另一条']]);
  });

  it('writes through a temp file and a rename, so a kill mid-write leaves the previous entry', () => {
    const j = store();
    j.write(entry('N1', '已经写好的'));
    // A write killed after the temp file but before the rename:
    const killed = store({ renameSync: () => { throw new Error('killed'); } });
    expect(() => killed.write(entry('N1', '写到一半'))).toThrow('killed');
    expect(readdirSync(dir).sort()).toEqual(['N1.json', 'N1.json.tmp']);
    // The next start reads the last complete entry and sweeps the torn temp file.
    expect(store().read().map((e) => e.body)).toEqual(['已经写好的']);
    expect(readdirSync(dir)).toEqual(['N1.json']);
  });

  it('drops files that are not valid entries instead of trusting them', () => {
    store().write(entry('N1', '好的'));
    writeFileSync(join(dir, 'N2.json'), '{"noteId":"N2","body":');
    writeFileSync(join(dir, 'N3.json'), JSON.stringify(entry('OTHER', 'id does not match the file')));
    writeFileSync(join(dir, 'notes.txt'), 'unrelated');
    expect(store().read().map((e) => e.noteId)).toEqual(['N1']);
    expect(readdirSync(dir).sort()).toEqual(['N1.json', 'notes.txt']);
  });

  it('clears an entry after a save only while it still holds the saved text', () => {
    const j = store();
    j.write(entry('N1', '一二三'));
    j.clear('N1', { title: '', body: '一二' }); // typing went on after the save started
    expect(j.read().map((e) => e.body)).toEqual(['一二三']);
    j.clear('N1', { title: '', body: '一二三' });
    expect(j.read()).toEqual([]);
    j.write(entry('N2', 'x'));
    j.clear('N2', null);
    j.clear('N-missing', null);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a note id that would leave the journal folder', () => {
    expect(() => store().write(entry('../evil', 'x'))).toThrow(/noteId/);
    expect(() => store().clear('../../x', null)).toThrow(/noteId/);
  });

  it('reads nothing before anything was journaled, and answers at most the cap, newest first', () => {
    expect(store().read()).toEqual([]);
    const j = store();
    for (let i = 0; i < NOTE_JOURNAL_MAX_ENTRIES + 5; i++) j.write(entry(`N${i}`, 'x', 1_000 + i));
    const read = j.read();
    expect(read).toHaveLength(NOTE_JOURNAL_MAX_ENTRIES);
    expect(read[0]!.noteId).toBe(`N${NOTE_JOURNAL_MAX_ENTRIES + 4}`);
  });
});
