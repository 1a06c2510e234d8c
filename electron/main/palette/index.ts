export { createPalette, DEFAULT_PALETTE_HOTKEY, type Palette, type PaletteDeps, type PaletteWindowLike, type GlobalShortcutLike } from './palette';
