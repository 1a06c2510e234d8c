import { describe, expect, it } from 'vitest';
import type { NoteJournalEntry } from '@shared/host/contract';
import { createNoteJournalPacer, PACE_ABOVE_CHARS } from './noteJournalPacer';

function fakeTimers() {
  const due: { fn: () => void; handle: number }[] = [];
  let next = 0;
  return {
    timers: {
      setTimeout: (fn: () => void) => { due.push({ fn, handle: ++next }); return next; },
      clearTimeout: (h: unknown) => { const i = due.findIndex((d) => d.handle === h); if (i >= 0) due.splice(i, 1); },
    },
    fire: () => due.splice(0).forEach((d) => d.fn()),
  };
}
const entry = (noteId: string, body: string, at = 1): NoteJournalEntry => ({ noteId, agentId: 'A1', title: 't', body, at });
const big = (c: string) => c.repeat(PACE_ABOVE_CHARS + 1);

describe('journal pacing', () => {
  it('sends a short note on every keystroke', () => {
    const sent: NoteJournalEntry[] = [];
    const { timers } = fakeTimers();
    const pacer = createNoteJournalPacer((e) => sent.push(e), timers);
    pacer.write(entry('n1', 'a'));
    pacer.write(entry('n1', 'ab'));
    expect(sent.map((e) => e.body)).toEqual(['a', 'ab']);
  });

  it('coalesces a very long note to its latest text once the interval passes', () => {
    const sent: NoteJournalEntry[] = [];
    const t = fakeTimers();
    const pacer = createNoteJournalPacer((e) => sent.push(e), t.timers);
    pacer.write(entry('n1', big('a'), 1));
    pacer.write(entry('n1', big('b'), 2));
    expect(sent).toEqual([]);
    t.fire();
    expect(sent.map((e) => e.at)).toEqual([2]);
  });

  it('flush sends the pending text at once and only once, and leaves other notes alone', () => {
    const sent: NoteJournalEntry[] = [];
    const t = fakeTimers();
    const pacer = createNoteJournalPacer((e) => sent.push(e), t.timers);
    pacer.write(entry('n1', big('a')));
    pacer.write(entry('n2', big('b')));
    pacer.flush('n1');
    t.fire();
    expect(sent.map((e) => e.noteId)).toEqual(['n1', 'n2']);
  });

  it('a short edit following a pending long one is not sent ahead of it', () => {
    const sent: NoteJournalEntry[] = [];
    const t = fakeTimers();
    const pacer = createNoteJournalPacer((e) => sent.push(e), t.timers);
    pacer.write(entry('n1', big('a'), 1));
    pacer.write(entry('n1', 'short', 2));
    expect(sent).toEqual([]);
    t.fire();
    expect(sent.map((e) => e.body)).toEqual(['short']);
  });
});
