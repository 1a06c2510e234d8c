/**
 * The packaged app has no application menu and no DevTools: the default menu's Ctrl+Shift+I
 * (and View → Toggle Developer Tools) would let anyone at the PC read every buyer's phone and
 * address straight out of IndexedDB, around the reveal audit. A development run keeps both.
 * Electron is passed in as small interfaces, so this is tested under Node with fakes.
 */

export interface MenuApi {
  setApplicationMenu(menu: null): void;
}

/** Removes the default application menu (and with it every DevTools accelerator) when packaged. */
export function removeDefaultMenu(menu: MenuApi, isPackaged: boolean): void {
  if (isPackaged) menu.setApplicationMenu(null);
}

export interface DevToolsContents {
  on(event: 'devtools-opened', listener: () => void): unknown;
  on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: { type: string; key: string; control: boolean; meta: boolean; shift: boolean; alt: boolean }) => void): unknown;
  closeDevTools(): void;
}

/** The keys that open DevTools in Chromium: F12, Ctrl/Cmd+Shift+I/J/C, Cmd+Alt+I. */
export function opensDevTools(input: { key: string; control: boolean; meta: boolean; shift: boolean; alt: boolean }): boolean {
  const key = input.key.toLowerCase();
  if (key === 'f12') return true;
  const mod = input.control || input.meta;
  return mod && ((input.shift && ['i', 'j', 'c'].includes(key)) || (input.meta && input.alt && key === 'i'));
}

/**
 * Every webContents of the packaged app: the DevTools keys are swallowed and DevTools that open
 * anyway (a future Electron default, a stray accelerator) are closed at once. `devTools: false`
 * in the window's webPreferences is the first lock; this is the second.
 */
export function guardDevTools(contents: DevToolsContents, isPackaged: boolean): void {
  if (!isPackaged) return;
  contents.on('before-input-event', (event, input) => {
    if (input.type === 'keyDown' && opensDevTools(input)) event.preventDefault();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
}
