import { describe, expect, it } from 'vitest';
import { paletteCandidates, resolveKey, type Candidate, type Pressed } from './resolve';
import type { CommandInfo, Scope } from './types';

const info = (id: string, scope: Scope, keys: string[], more: Partial<CommandInfo> = {}): CommandInfo => ({ id, label: `commands.${id}`, scope, keys, browserKeys: [], palette: true, ownField: false, ...more });
const cand = (i: CommandInfo, place: Candidate['place'], order: number, enabled = true): Candidate => ({ info: i, place, order, enabled: () => enabled });
const press = (key: string, more: Partial<Pressed> = {}): Pressed => ({ key, code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, inField: false, composing: false, ...more });
const idOf = (c: Candidate[], p: Pressed): string | null => resolveKey(c, p)?.candidate.info.id ?? null;

describe('which command a key press runs', () => {
  const enterSend = info('payments:remind', 'payments', ['Enter']);
  const composerSend = info('presale:send', 'presale', ['Enter'], { ownField: true });
  const help = info('global:help', 'global', ['F1']);

  it('asks only the regions that hold the focus, innermost first', () => {
    const outer = info('outer:enter', 'verify', ['Enter']);
    expect(idOf([cand(outer, 3, 1), cand(enterSend, 5, 0)], press('Enter'))).toBe('payments:remind');
    expect(idOf([cand(outer, 3, 0), cand(enterSend, 'outside', 1)], press('Enter'))).toBe('outer:enter');
    expect(idOf([cand(enterSend, 'outside', 0)], press('Enter'))).toBeNull();
  });

  it('asks the screen before the global commands, and the newest screen first', () => {
    const screenF1 = info('notes:f1', 'notes', ['F1']);
    expect(idOf([cand(help, 'mounted', 2), cand(screenF1, 'mounted', 1)], press('F1'))).toBe('notes:f1');
    const older = info('cases:newCase', 'cases', ['Alt+N']);
    const newer = info('notes:newNote', 'notes', ['Alt+N']);
    expect(idOf([cand(older, 'mounted', 1), cand(newer, 'mounted', 2)], press('n', { altKey: true }))).toBe('notes:newNote');
  });

  it('passes a disabled command over and leaves the key alone', () => {
    expect(idOf([cand(enterSend, 2, 0, false)], press('Enter'))).toBeNull();
    const fallback = info('verify:send', 'verify', ['Enter']);
    expect(idOf([cand(enterSend, 4, 0, false), cand(fallback, 2, 1)], press('Enter'))).toBe('verify:send');
  });

  it('keeps single keys for the field being typed in, unless they are the field\'s own', () => {
    const sms = info('payments:sms', 'payments', ['M']);
    expect(idOf([cand(sms, 2, 0)], press('m', { code: 'KeyM', inField: true }))).toBeNull();
    expect(idOf([cand(sms, 2, 0)], press('m', { code: 'KeyM' }))).toBe('payments:sms');
    expect(idOf([cand(composerSend, 6, 0)], press('Enter', { inField: true }))).toBe('presale:send');
    expect(idOf([cand(help, 'mounted', 0)], press('F1', { inField: true }))).toBe('global:help');
    const newNote = info('notes:newNote', 'notes', ['Alt+N']);
    expect(idOf([cand(newNote, 2, 0)], press('n', { code: 'KeyN', altKey: true, inField: true }))).toBe('notes:newNote');
  });

  it('leaves Enter to an IME that is composing, even in the reply box', () => {
    expect(idOf([cand(composerSend, 6, 0)], press('Enter', { inField: true, composing: true }))).toBeNull();
  });

  it('says which of a command\'s keys was pressed', () => {
    const tabs = info('global:tab', 'global', ['Ctrl+1', 'Ctrl+2', 'Ctrl+3']);
    expect(resolveKey([cand(tabs, 'mounted', 0)], press('3', { code: 'Digit3', ctrlKey: true }))?.keyIndex).toBe(2);
  });
});

describe('what the palette offers', () => {
  it('lists enabled commands of the screen on view before the global ones, once each, without palette-less keys', () => {
    const sms = info('payments:sms', 'payments', ['M']);
    const next = info('payments:next', 'payments', ['ArrowDown'], { palette: false });
    const stop = info('payments:stop', 'payments', ['S']);
    const close = info('global:closeTab', 'global', ['Ctrl+W']);
    const offered = paletteCandidates([cand(close, 'mounted', 0), cand(sms, 'outside', 1), cand(next, 'outside', 2), cand(stop, 'outside', 3, false), cand(sms, 'outside', 4)]);
    expect(offered.map((c) => [c.info.id, c.order])).toEqual([['payments:sms', 4], ['global:closeTab', 0]]);
  });
});
