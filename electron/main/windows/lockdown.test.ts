import { describe, expect, it } from 'vitest';
import { guardDevTools, opensDevTools, removeDefaultMenu, type DevToolsContents } from './lockdown';

class FakeContents implements DevToolsContents {
  readonly listeners = new Map<string, (...a: never[]) => void>();
  closed = 0;
  on(event: string, listener: (...a: never[]) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  closeDevTools(): void {
    this.closed += 1;
  }
  press(key: string, mods: Partial<{ control: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}): boolean {
    let prevented = false;
    const listener = this.listeners.get('before-input-event') as ((e: { preventDefault(): void }, i: object) => void) | undefined;
    listener?.({ preventDefault: () => { prevented = true; } }, { type: 'keyDown', key, control: false, meta: false, shift: false, alt: false, ...mods });
    return prevented;
  }
}

describe('the packaged app\'s lockdown', () => {
  it('removes the default menu when packaged and keeps it in a development run', () => {
    const calls: unknown[] = [];
    removeDefaultMenu({ setApplicationMenu: (m) => calls.push(m) }, true);
    expect(calls).toEqual([null]);
    removeDefaultMenu({ setApplicationMenu: (m) => calls.push(m) }, false);
    expect(calls).toEqual([null]);
  });

  it('swallows every DevTools key and closes DevTools that open anyway', () => {
    const contents = new FakeContents();
    guardDevTools(contents, true);
    expect(contents.press('I', { control: true, shift: true })).toBe(true);
    expect(contents.press('F12')).toBe(true);
    expect(contents.press('j', { meta: true, shift: true })).toBe(true);
    expect(contents.press('i', { meta: true, alt: true })).toBe(true);
    expect(contents.press('i', { control: true })).toBe(false);
    expect(contents.press('c', { control: true })).toBe(false);
    (contents.listeners.get('devtools-opened') as () => void)();
    expect(contents.closed).toBe(1);
  });

  it('leaves DevTools alone in a development run', () => {
    const contents = new FakeContents();
    guardDevTools(contents, false);
    expect(contents.listeners.size).toBe(0);
  });

  it.each([
    ['F12', { key: 'F12', control: false, meta: false, shift: false, alt: false }, true],
    ['Ctrl+Shift+C (inspect element)', { key: 'C', control: true, meta: false, shift: true, alt: false }, true],
    ['Ctrl+Shift+V (paste as text)', { key: 'V', control: true, meta: false, shift: true, alt: false }, false],
  ])('judges %s', (_name, input, opens) => {
    expect(opensDevTools(input)).toBe(opens);
  });
});
