import { describe, expect, it } from 'vitest';
import { createPalette, DEFAULT_PALETTE_HOTKEY, type PaletteWindowLike } from './palette';

/** globalShortcut as Electron behaves: `taken` holds keys another program owns; a bad accelerator throws. */
function fakes({ taken = [] as string[], stored = null as string | null } = {}) {
  const registered = new Map<string, () => void>();
  const clipboard: string[] = [];
  const windows: (PaletteWindowLike & { visible: boolean; destroyed: boolean; shows: number })[] = [];
  let saved = stored;
  const globalShortcut = {
    register(accelerator: string, cb: () => void): boolean {
      if (accelerator.includes('Nonsense')) throw new Error(`Error processing argument: ${accelerator}`);
      if (taken.includes(accelerator) || registered.has(accelerator)) return false;
      registered.set(accelerator, cb);
      return true;
    },
    unregister: (accelerator: string) => void registered.delete(accelerator),
  };
  const createWindow = () => {
    const w = {
      visible: false, destroyed: false, shows: 0,
      show() { this.visible = true; this.shows += 1; }, hide() { this.visible = false; }, focus() {},
      isVisible() { return this.visible; }, isDestroyed() { return this.destroyed; },
    };
    windows.push(w);
    return w;
  };
  const palette = createPalette({ globalShortcut, createWindow, clipboard: { writeText: (t) => void clipboard.push(t) }, store: { read: () => saved, write: (a) => { saved = a; } } });
  /** What the OS does when the agent presses a hotkey anywhere. */
  const press = (accelerator: string) => registered.get(accelerator)?.();
  return { palette, registered, clipboard, windows, press, saved: () => saved };
}

describe('the global phrase palette', () => {
  it('registers Ctrl+Alt+Space by default; the hotkey shows the palette over any window and hides it again', () => {
    const f = fakes();
    expect(f.palette.start()).toEqual({ accelerator: DEFAULT_PALETTE_HOTKEY, registered: true, error: null });
    f.press('Ctrl+Alt+Space');
    expect(f.windows).toHaveLength(1);
    expect(f.windows[0]?.visible).toBe(true);
    f.press('Ctrl+Alt+Space');
    expect(f.windows[0]?.visible).toBe(false);
    f.press('Ctrl+Alt+Space');
    expect(f.windows).toHaveLength(1);
  });

  it('says clearly when another program holds the hotkey, instead of failing silently', () => {
    const f = fakes({ taken: ['Ctrl+Alt+Space'] });
    expect(f.palette.start()).toEqual({ accelerator: 'Ctrl+Alt+Space', registered: false, error: 'taken' });
    expect(f.registered.size).toBe(0);
  });

  it('moves to a free hotkey and remembers it; a taken one keeps the old hotkey working', () => {
    const f = fakes({ taken: ['Ctrl+Shift+Space'] });
    f.palette.start();
    expect(f.palette.setHotkey('Ctrl+Shift+Space')).toEqual({ accelerator: 'Ctrl+Alt+Space', registered: true, error: 'taken' });
    expect([...f.registered.keys()]).toEqual(['Ctrl+Alt+Space']);
    expect(f.palette.setHotkey('Ctrl+Alt+P')).toEqual({ accelerator: 'Ctrl+Alt+P', registered: true, error: null });
    expect([...f.registered.keys()]).toEqual(['Ctrl+Alt+P']);
    expect(f.saved()).toBe('Ctrl+Alt+P');
  });

  it('refuses an accelerator Electron cannot read, keeping the old one', () => {
    const f = fakes();
    f.palette.start();
    expect(f.palette.setHotkey('Ctrl+Nonsense')).toEqual({ accelerator: 'Ctrl+Alt+Space', registered: true, error: 'invalid' });
  });

  it('starts with the stored hotkey', () => {
    expect(fakes({ stored: 'Alt+F9' }).palette.start().accelerator).toBe('Alt+F9');
  });

  it('copy puts the exact text on the clipboard and hides the palette', () => {
    const f = fakes();
    f.palette.start();
    f.press('Ctrl+Alt+Space');
    expect(f.palette.copy('亲，您的订单今天下午发顺丰，单号稍后发您～')).toEqual({ copied: true });
    expect(f.clipboard).toEqual(['亲，您的订单今天下午发顺丰，单号稍后发您～']);
    expect(f.windows[0]?.visible).toBe(false);
  });

  it('makes a new window when the old one was destroyed', () => {
    const f = fakes();
    f.palette.start();
    f.palette.show();
    if (f.windows[0]) f.windows[0].destroyed = true;
    f.palette.show();
    expect(f.windows).toHaveLength(2);
  });

  it('lets the hotkey go on dispose', () => {
    const f = fakes();
    f.palette.start();
    f.palette.dispose();
    expect(f.registered.size).toBe(0);
  });
});
