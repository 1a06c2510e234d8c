import { Menu as AriakitMenu, MenuButton, MenuItem, MenuItemCheck, MenuItemCheckbox, MenuProvider } from '@ariakit/react';
import type { ReactNode } from 'react';

/**
 * A button that opens a menu (WAI-ARIA menu button): Enter, Space or ↓ opens it with focus on the
 * first item, ↑↓ Home End move, typing a letter jumps, Esc closes and focus returns to the button.
 */
export function Menu({ label, testId, className, buttonClassName, disabled, title, children }: { label: ReactNode; testId?: string; className?: string; buttonClassName?: string; disabled?: boolean; title?: string; children: ReactNode }) {
  return (
    <MenuProvider>
      <MenuButton className={buttonClassName ?? 'btn'} data-testid={testId} disabled={disabled} title={title}>{label}</MenuButton>
      <AriakitMenu className={className ? `menu ${className}` : 'menu'} gutter={4}>
        {children}
      </AriakitMenu>
    </MenuProvider>
  );
}

/** A menu item that toggles (Enter/Space), leaving the menu open for the next choice. */
export function MenuCheckbox({ name, checked, disabled, onChange, children }: { name: string; checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void; children: ReactNode }) {
  return (
    <MenuItemCheckbox
      name={name}
      value={name}
      checked={checked}
      disabled={disabled}
      accessibleWhenDisabled
      hideOnClick={false}
      onChange={(e) => onChange(e.target.checked)}
      className="menu__item"
    >
      <MenuItemCheck checked={checked} className="menu__check" />
      {children}
    </MenuItemCheckbox>
  );
}

/** A menu item that does one thing and closes the menu. */
export function MenuAction({ onSelect, hint, testId, children }: { onSelect: () => void; hint?: string; testId?: string; children: ReactNode }) {
  return (
    <MenuItem className="menu__item" onClick={onSelect} data-testid={testId}>
      {children}
      {hint ? <kbd className="menu__hint">{hint}</kbd> : null}
    </MenuItem>
  );
}
