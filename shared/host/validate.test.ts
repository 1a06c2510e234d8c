import { describe, expect, it } from 'vitest';
import { NOTE_JOURNAL_MAX_BODY } from './contract';
import { parseEventPayload, parseInvokeInput, parseSendPayload } from './validate';

describe('host contract validation', () => {
  it('accepts a well-formed notification', () => {
    const r = parseSendPayload('notify:show', { key: 'buyer:c1:1', title: '小鹿 在等你回复', body: '', target: { tab: 'presale' }, repeatEveryMs: null });
    expect(r.ok).toBe(true);
  });

  it('refuses a notification without a title and names the field', () => {
    const r = parseSendPayload('notify:show', { key: 'k', body: '', target: { tab: 'presale' }, repeatEveryMs: null });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^title: /) });
  });

  it('refuses extra fields, unknown channels and unknown tabs', () => {
    expect(parseInvokeInput('app:info', { sneaky: true }).ok).toBe(false);
    expect(parseInvokeInput('fs:readFile', { path: '/etc/passwd' })).toEqual({ ok: false, error: 'unknown channel fs:readFile' });
    expect(parseEventPayload('console:navigate', { tab: 'admin' }).ok).toBe(false);
  });

  it('refuses a save whose file name could escape the chosen folder', () => {
    const r = parseInvokeInput('file:save', { suggestedName: '../../evil.sh', mime: 'text/plain', content: 'x', base64: false });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^suggestedName: file name has forbidden characters/) });
  });

  it('refuses a repeat interval shorter than ten seconds (no notification storms)', () => {
    const r = parseSendPayload('notify:show', { key: 'k', title: 't', body: '', target: { tab: 'presale' }, repeatEveryMs: 500 });
    expect(r.ok).toBe(false);
  });
});

describe('crash journal channels', () => {
  const entry = { noteId: '01JD0000000000000000000000', agentId: 'A1', title: '', body: '正在写的字', at: 1_800_000_000_000 };

  it('accepts a journal entry and a clear with or without the text to match', () => {
    expect(parseSendPayload('noteJournal:write', entry).ok).toBe(true);
    expect(parseSendPayload('noteJournal:clear', { noteId: entry.noteId, match: { title: '', body: '正在写的字' } }).ok).toBe(true);
    expect(parseSendPayload('noteJournal:clear', { noteId: entry.noteId, match: null }).ok).toBe(true);
    expect(parseInvokeInput('noteJournal:read', {}).ok).toBe(true);
  });

  it('refuses a note id that could name another file on disk', () => {
    for (const noteId of ['../../etc/passwd', 'a/b', 'a.json', '', 'x'.repeat(65)]) {
      expect(parseSendPayload('noteJournal:write', { ...entry, noteId })).toEqual({ ok: false, error: expect.stringMatching(/^noteId: /) });
    }
  });

  it('refuses a body over the size cap and names the field', () => {
    expect(parseSendPayload('noteJournal:write', { ...entry, body: 'x'.repeat(NOTE_JOURNAL_MAX_BODY + 1) })).toEqual({ ok: false, error: expect.stringMatching(/^body: over 500000 characters/) });
  });

  it('refuses extra fields on a journal entry', () => {
    expect(parseSendPayload('noteJournal:write', { ...entry, path: '/tmp/x' }).ok).toBe(false);
  });
});
