/**
 * Every keyboard shortcut an agent can use, by where it works. The help overlay (F1) renders
 * this list; the handlers live beside their screens, so a new shortcut is added here as well.
 */
export interface ShortcutGroup {
  /** i18n key under `shortcuts.where` */
  where: string;
  items: { keys: string; action: string }[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  { where: 'everywhere', items: [
    { keys: 'Ctrl+1 … Ctrl+9', action: 'tabs' },
    { keys: 'Ctrl+K', action: 'palette' },
    { keys: 'Ctrl+W', action: 'closeTab' },
    { keys: 'Ctrl+Tab · Ctrl+Shift+Tab', action: 'nextTab' },
    { keys: 'F1 · Ctrl+/', action: 'help' },
  ] },
  { where: 'presale', items: [
    { keys: 'Alt+N', action: 'nextBuyer' },
    { keys: '/', action: 'phrases' },
    { keys: 'Enter · Shift+Enter', action: 'send' },
    { keys: 'Alt+R', action: 'resolve' },
    { keys: 'Alt+T', action: 'transfer' },
    { keys: 'Alt+P', action: 'promise' },
  ] },
  { where: 'payments', items: [
    { keys: '↑ ↓', action: 'pick' },
    { keys: 'Enter', action: 'remind' },
    { keys: 'M · P', action: 'smsPhone' },
    { keys: 'S · X', action: 'stopClose' },
  ] },
  { where: 'verify', items: [
    { keys: 'Enter', action: 'confirmSend' },
    { keys: 'C · A', action: 'confirmedChanged' },
  ] },
  { where: 'cases', items: [
    { keys: 'Alt+N', action: 'newCase' },
    { keys: 'Ctrl+Enter', action: 'stepMessage' },
  ] },
  { where: 'notes', items: [
    { keys: 'Alt+N', action: 'newNote' },
    { keys: 'Ctrl+S', action: 'saveNote' },
  ] },
];
