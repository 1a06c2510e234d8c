/**
 * The renderer's accessible primitives, built on Ariakit (@ariakit/react), the headless library
 * every dialog, popup, list choice and menu goes through (DESIGN.md §6: "focus is designed").
 *
 * Why Ariakit: a keyboard-first, dense workstation needs roving-tabindex composites, a combobox
 * and menus at a small bundle cost. Ariakit has Composite, Combobox, Select, Menu, Dialog and
 * Popover with focus management (trap, return, initial focus, aria-activedescendant) and
 * tree-shakes down to what is used. React Aria Components is more complete but much heavier
 * (its internationalization packages come along); Radix has no listbox or combobox.
 *
 * Features import these wrappers, never '@ariakit/react' itself, so the look (ui/styles.css) and
 * the behaviour stay one implementation each.
 */
export { Dialog, DialogClose, type DialogProps } from './Dialog';
export { ConfirmDialog, useConfirm, type ConfirmQuestion } from './ConfirmDialog';
export { useAskReason, type ReasonQuestion } from './ReasonDialog';
export { Popover } from './Popover';
export { Combobox, type ComboboxProps } from './Combobox';
export { Select, type SelectOption } from './Select';
export { Menu, MenuAction, MenuCheckbox } from './Menu';
export { Field } from './Field';
export { FormProblems } from './FormProblems';
