/**
 * The phrase palette over any window (companion mode): a global hotkey (Electron
 * `globalShortcut`, default Ctrl+Alt+Space) shows a small always-on-top window with the phrase
 * search; Enter copies the filled text and hides it, so the agent pastes into 千牛 / 京麦 /
 * 拼多多商家工作台 without switching windows. Plain logic over small interfaces: tested with
 * fakes, wired to Electron in index.ts.
 */
export const DEFAULT_PALETTE_HOTKEY = 'Ctrl+Alt+Space';

export interface GlobalShortcutLike {
  /** False when the OS or another program holds the accelerator. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}
export interface PaletteWindowLike {
  show(): void;
  hide(): void;
  focus(): void;
  isVisible(): boolean;
  isDestroyed(): boolean;
}
export interface PaletteDeps {
  globalShortcut: GlobalShortcutLike;
  /** Made on first show (hidden, always on top, frameless); made again if it was destroyed. */
  createWindow: () => PaletteWindowLike;
  clipboard: { writeText(text: string): void };
  /** The agent's hotkey, kept across restarts (null = never set). */
  store: { read(): string | null; write(accelerator: string): void };
  warn?: (message: string) => void;
}
export interface PaletteStatusValue { accelerator: string; registered: boolean; error: 'taken' | 'invalid' | null }

export interface Palette {
  /** Registers the stored (or default) hotkey. */
  start(): PaletteStatusValue;
  status(): PaletteStatusValue;
  /** Moves to a new hotkey; when another program holds it, the old one stays and the answer says `taken`. */
  setHotkey(accelerator: string): PaletteStatusValue;
  toggle(): void;
  show(): void;
  hide(): void;
  /** Puts the exact text on the clipboard and hides the palette (focus returns to the window under it). */
  copy(text: string): { copied: boolean };
  dispose(): void;
}

export function createPalette(deps: PaletteDeps): Palette {
  const warn = deps.warn ?? (() => {});
  let win: PaletteWindowLike | null = null;
  let status: PaletteStatusValue = { accelerator: deps.store.read() ?? DEFAULT_PALETTE_HOTKEY, registered: false, error: null };

  const windowNow = (): PaletteWindowLike => {
    if (!win || win.isDestroyed()) win = deps.createWindow();
    return win;
  };
  const show = (): void => {
    const w = windowNow();
    w.show();
    w.focus();
  };
  const hide = (): void => {
    if (win && !win.isDestroyed() && win.isVisible()) win.hide();
  };
  const toggle = (): void => {
    if (win && !win.isDestroyed() && win.isVisible()) hide();
    else show();
  };
  const tryRegister = (accelerator: string): 'ok' | 'taken' | 'invalid' => {
    try {
      return deps.globalShortcut.register(accelerator, toggle) ? 'ok' : 'taken';
    } catch (e) {
      // Electron throws for an accelerator it cannot parse.
      warn(`hotkey ${accelerator}: ${e instanceof Error ? e.message : String(e)}`);
      return 'invalid';
    }
  };

  return {
    start() {
      const r = tryRegister(status.accelerator);
      status = { accelerator: status.accelerator, registered: r === 'ok', error: r === 'ok' ? null : r };
      if (r !== 'ok') warn(`the palette hotkey ${status.accelerator} is ${r === 'taken' ? 'held by another program' : 'not valid'}`);
      return status;
    },
    status: () => status,
    setHotkey(accelerator) {
      if (accelerator === status.accelerator && status.registered) return status;
      const previous = status;
      if (previous.registered) deps.globalShortcut.unregister(previous.accelerator);
      const r = tryRegister(accelerator);
      if (r === 'ok') {
        deps.store.write(accelerator);
        status = { accelerator, registered: true, error: null };
        return status;
      }
      // Keep what worked before: the agent is never left without a hotkey by a failed change.
      const back = previous.registered ? tryRegister(previous.accelerator) : 'taken';
      status = { accelerator: previous.accelerator, registered: back === 'ok', error: r };
      return status;
    },
    toggle,
    show,
    hide,
    copy(text) {
      deps.clipboard.writeText(text);
      hide();
      return { copied: true };
    },
    dispose() {
      if (status.registered) deps.globalShortcut.unregister(status.accelerator);
      status = { ...status, registered: false };
    },
  };
}
