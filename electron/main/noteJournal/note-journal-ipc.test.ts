import * as fs from 'node:fs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcDispatcher, type DispatcherOptions, type IpcEventLike } from '../ipc/dispatcher';
import type { FrameLike } from '../ipc/trusted-sender';
import { fakeInvokeHandlers } from '@shared/host/fixtures';
import { createNoteJournalStore, type NoteJournalFs } from './note-journal-store';

// The journal channels as index.ts wires them, through the same validating dispatcher.
const APP = 'file:///opt/xiaoer/resources/app.asar/out/renderer/index.html';
const main: FrameLike = { url: APP, parent: null, processId: 4, frameToken: 'main-token' };
let root: string;

function wire() {
  const journal = createNoteJournalStore({ fs: fs as unknown as NoteJournalFs, dir: join(root, 'journal'), joinPath: join, warn: () => undefined });
  const warn = vi.fn();
  const unused = () => { throw new Error('not in this test'); };
  const options: DispatcherOptions = {
    mainFrame: () => main,
    isAppUrl: (url) => url === APP,
    warn,
    // Every other channel answers as a plausible host would: only the journal's are under test.
    invoke: { ...fakeInvokeHandlers(), 'noteJournal:read': () => ({ entries: journal.read() }) },
    send: {
      'tray:summary': unused, 'notify:show': unused, 'notify:ack': unused, 'window:attention': unused,
      'noteJournal:write': (entry) => journal.write(entry),
      'noteJournal:clear': ({ noteId, match }) => journal.clear(noteId, match),
      'ingest:ack': unused,
      'outbox:settle': unused, 'palette:hide': unused,
    },
  };
  return { dispatcher: createIpcDispatcher(options), warn, event: { senderFrame: main } as IpcEventLike };
}

beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'xiaoer-journal-ipc-')); });
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('journal channels through the ipc dispatcher', () => {
  const entry = { noteId: '01JD5Z0000000000000000NOTE', agentId: 'A1', title: '周报', body: '客户要求周五前回电', at: 1_800_000_000_000 };

  it('a write lands on disk before the send returns, survives a new process and is read back at start', async () => {
    const { dispatcher } = wire();
    dispatcher.send({ senderFrame: main }, 'noteJournal:write', entry);
    const file = join(root, 'journal', `${entry.noteId}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(entry);
    // "Next start": a fresh store and dispatcher over the same folder.
    const answer = await wire().dispatcher.invoke({ senderFrame: main }, 'noteJournal:read', {});
    expect(answer).toEqual({ ok: true, value: { entries: [entry] } });
  });

  it('a clear after the committed save removes the file', () => {
    const { dispatcher } = wire();
    dispatcher.send({ senderFrame: main }, 'noteJournal:write', entry);
    dispatcher.send({ senderFrame: main }, 'noteJournal:clear', { noteId: entry.noteId, match: { title: entry.title, body: entry.body } });
    expect(existsSync(join(root, 'journal', `${entry.noteId}.json`))).toBe(false);
  });

  it('refuses a path-like note id and an oversized body before anything touches the disk', () => {
    const { dispatcher, warn } = wire();
    dispatcher.send({ senderFrame: main }, 'noteJournal:write', { ...entry, noteId: '../../x' });
    dispatcher.send({ senderFrame: main }, 'noteJournal:write', { ...entry, body: 'x'.repeat(500_001) });
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^noteJournal:write: noteId: /), expect.stringMatching(/^noteJournal:write: body: /)]);
    expect(existsSync(join(root, 'journal'))).toBe(false);
  });

  it('ignores a write from a frame that is not the main window', () => {
    const { dispatcher, warn } = wire();
    dispatcher.send({ senderFrame: { ...main, parent: main } }, 'noteJournal:write', entry);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/subframe/));
    expect(existsSync(join(root, 'journal'))).toBe(false);
  });
});
