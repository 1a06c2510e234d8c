import { afterEach, describe, expect, it } from 'vitest';
import { commandInfo, resolveKey, setBrowserHostKeys, type Candidate, type KeyLike } from '../ui/commands';
import { consoleCommands } from './commands';

const key = (k: Partial<KeyLike>): KeyLike => ({ key: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...k });
const candidates: Candidate[] = consoleCommands.commands.map((c, order) => ({ info: commandInfo('global', c), place: 'mounted', order, enabled: () => true }));
const pressed = (e: KeyLike, inField = false) => {
  const hit = resolveKey(candidates, { ...e, inField, composing: false });
  return hit ? [hit.candidate.info.id, hit.keyIndex] : null;
};

describe('console keys', () => {
  it.each([
    [key({ key: '1', code: 'Digit1', ctrlKey: true }), ['global:tab', 0]],
    [key({ key: '9', code: 'Digit9', metaKey: true }), ['global:tab', 8]],
    // The physical digit: a Chinese IME or a layout that shifts digits still switches tabs.
    [key({ key: '!', code: 'Digit1', ctrlKey: true }), ['global:tab', 0]],
    [key({ key: 'Process', code: 'Digit3', ctrlKey: true }), ['global:tab', 2]],
    [key({ key: 'w', ctrlKey: true }), ['global:closeTab', 0]],
    [key({ key: 'K', ctrlKey: true }), ['global:palette', 0]],
    [key({ key: 'Tab', ctrlKey: true }), ['global:nextTab', 0]],
    [key({ key: 'PageDown', ctrlKey: true }), ['global:nextTab', 1]],
    [key({ key: 'Tab', ctrlKey: true, shiftKey: true }), ['global:prevTab', 0]],
    [key({ key: 'F1', code: 'F1' }), ['global:help', 0]],
    [key({ key: '/', code: 'Slash', ctrlKey: true }), ['global:help', 1]],
    [key({ key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true }), ['global:signOut', 0]],
  ])('maps %o to %o', (e, hit) => {
    expect(pressed(e)).toEqual(hit);
  });

  it('works from inside a text field: Ctrl chords and F1 are never typed text', () => {
    expect(pressed(key({ key: 'k', code: 'KeyK', ctrlKey: true }), true)).toEqual(['global:palette', 0]);
    expect(pressed(key({ key: 'F1', code: 'F1' }), true)).toEqual(['global:help', 0]);
  });

  it('ignores plain typing, Alt chords and Ctrl+0', () => {
    expect(pressed(key({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(pressed(key({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true }))).toBeNull();
    expect(pressed(key({ key: '0', code: 'Digit0', ctrlKey: true }))).toBeNull();
    expect(pressed(key({ key: '/', code: 'Slash' }))).toBeNull();
    expect(pressed(key({ key: '?', code: 'Slash', shiftKey: true }))).toBeNull();
  });
});

describe('console keys in a browser tab, where the browser keeps Ctrl+W, Ctrl+1…9 and Ctrl+Tab', () => {
  afterEach(() => setBrowserHostKeys(false));

  it.each([
    [key({ key: '3', code: 'Digit3', altKey: true }), ['global:tab', 2]],
    [key({ key: '9', code: 'Digit9', altKey: true }), ['global:tab', 8]],
    [key({ key: 'w', code: 'KeyW', altKey: true }), ['global:closeTab', 0]],
    [key({ key: 'PageDown', altKey: true }), ['global:nextTab', 0]],
    [key({ key: 'PageUp', altKey: true }), ['global:prevTab', 0]],
    // The documented keys still work where the browser hands them over (e2e, a kiosk window).
    [key({ key: '1', code: 'Digit1', ctrlKey: true }), ['global:tab', 0]],
  ])('the browser host also maps %o to %o', (e, hit) => {
    setBrowserHostKeys(true);
    expect(pressed(e)).toEqual(hit);
  });

  it('the Electron app keeps only the documented keys: Alt+3 and Alt+W do nothing there', () => {
    setBrowserHostKeys(false);
    expect(pressed(key({ key: '3', code: 'Digit3', altKey: true }))).toBeNull();
    expect(pressed(key({ key: 'w', code: 'KeyW', altKey: true }))).toBeNull();
  });
});
