import { describe, expect, it } from 'vitest';
import { actionForKey, type KeyLike } from './shortcuts';

const key = (k: Partial<KeyLike>): KeyLike => ({ key: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...k });

describe('console shortcuts', () => {
  it.each([
    [key({ key: '1', code: 'Digit1', ctrlKey: true }), { kind: 'tab', index: 0 }],
    [key({ key: '9', code: 'Digit9', metaKey: true }), { kind: 'tab', index: 8 }],
    [key({ key: '!', code: 'Digit1', ctrlKey: true }), { kind: 'tab', index: 0 }],
    [key({ key: 'w', ctrlKey: true }), { kind: 'close' }],
    [key({ key: 'K', ctrlKey: true }), { kind: 'palette' }],
    [key({ key: 'Tab', ctrlKey: true, shiftKey: true }), { kind: 'next-tab', step: -1 }],
    [key({ key: 'F1', code: 'F1' }), { kind: 'help' }],
    [key({ key: '/', code: 'Slash', ctrlKey: true }), { kind: 'help' }],
  ])('maps %o to %o', (e, action) => {
    expect(actionForKey(e)).toEqual(action);
  });

  it('ignores plain typing, Alt chords and Ctrl+0', () => {
    expect(actionForKey(key({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(actionForKey(key({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true }))).toBeNull();
    expect(actionForKey(key({ key: '0', code: 'Digit0', ctrlKey: true }))).toBeNull();
    expect(actionForKey(key({ key: '/', code: 'Slash' }))).toBeNull();
    expect(actionForKey(key({ key: '?', code: 'Slash', shiftKey: true }))).toBeNull();
  });
});
