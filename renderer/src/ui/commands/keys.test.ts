import { describe, expect, it } from 'vitest';
import { chordId, formatChord, formatKeys, isFieldKey, matchesChord, parseChord, type KeyLike } from './keys';

const key = (k: Partial<KeyLike>): KeyLike => ({ key: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...k });

describe('key chords', () => {
  it.each([
    ['Alt+N', { mod: false, alt: true, shift: false, key: 'N' }],
    ['Ctrl+Shift+Tab', { mod: true, alt: false, shift: true, key: 'Tab' }],
    ['j', { mod: false, alt: false, shift: false, key: 'J' }],
    ['Ctrl+/', { mod: true, alt: false, shift: false, key: '/' }],
    ['F1', { mod: false, alt: false, shift: false, key: 'F1' }],
  ])('reads %s', (spec, chord) => {
    expect(parseChord(spec)).toEqual(chord);
  });

  it.each(['Cmd+K', 'Ctrl+Esc', 'Ctrl+', 'Alt+NN', 'F13'])('refuses %s, which no command may declare', (spec) => {
    expect(() => parseChord(spec)).toThrow();
  });

  it.each([
    ['Alt+N', key({ key: 'n', code: 'KeyN', altKey: true }), true],
    ['Alt+N', key({ key: '˜', code: 'KeyN', altKey: true }), true],
    ['Alt+N', key({ key: 'n', code: 'KeyN', altKey: true, ctrlKey: true }), false],
    ['Alt+N', key({ key: 'n', code: 'KeyN' }), false],
    ['M', key({ key: 'm', code: 'KeyM' }), true],
    ['M', key({ key: 'Process', code: 'KeyM' }), true],
    ['M', key({ key: 'M', code: 'KeyM', shiftKey: true }), false],
    ['J', key({ key: 'j', code: 'KeyJ' }), true],
    ['Ctrl+S', key({ key: 's', code: 'KeyS', metaKey: true }), true],
    ['Ctrl+1', key({ key: '1', code: 'Numpad1', ctrlKey: true }), true],
    ['Enter', key({ key: 'Enter', code: 'Enter' }), true],
    ['Enter', key({ key: 'Enter', code: 'Enter', shiftKey: true }), false],
    ['Ctrl+Enter', key({ key: 'Enter', code: 'Enter', ctrlKey: true }), true],
    ['ArrowDown', key({ key: 'ArrowDown', code: 'ArrowDown' }), true],
    ['/', key({ key: '/', code: 'Slash' }), true],
    // A layout where "/" is Shift+7 still opens the picker; the US Shift+/ is a question mark.
    ['/', key({ key: '/', code: 'Digit7', shiftKey: true }), true],
    ['/', key({ key: '?', code: 'Slash', shiftKey: true }), false],
  ])('%s matches %o: %s', (spec, e, expected) => {
    expect(matchesChord(parseChord(spec), e)).toBe(expected);
  });

  it('spells one chord one way, whatever the case of its letter', () => {
    expect(chordId(parseChord('Alt+n'))).toBe(chordId(parseChord('Alt+N')));
    expect(chordId(parseChord('Ctrl+K'))).not.toBe(chordId(parseChord('K')));
  });

  it('treats single keys as the field\'s own, chords and function keys as commands', () => {
    expect(['M', 'Enter', 'ArrowUp', '/', 'Shift+Enter'].map((s) => isFieldKey(parseChord(s)))).toEqual([true, true, true, true, true]);
    expect(['Alt+N', 'Ctrl+Enter', 'F1', 'Ctrl+/'].map((s) => isFieldKey(parseChord(s)))).toEqual([false, false, false, false]);
  });

  it('prints arrows as arrows and letters in capitals', () => {
    expect(formatChord('ArrowDown')).toBe('↓');
    expect(formatChord('j')).toBe('J');
    expect(formatKeys(['ArrowUp', 'K'])).toBe('↑ · K');
    expect(formatKeys(['Ctrl+Shift+Tab', 'Ctrl+PageUp'])).toBe('Ctrl+Shift+Tab · Ctrl+PageUp');
  });
});
