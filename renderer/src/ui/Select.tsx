import { Select as AriakitSelect, SelectItem, SelectLabel, SelectPopover, SelectProvider } from '@ariakit/react';

export interface SelectOption { value: string; label: string }

/**
 * A labelled choice of one among a few (WAI-ARIA select-only combobox): Enter, Space or ↓ opens
 * the list, ↑↓ Home End move, typing a letter jumps, Enter picks, Esc closes and keeps the value.
 */
export function Select({ label, value, options, onChange, testId, className }: {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  testId?: string;
  className?: string;
}) {
  const current = options.find((o) => o.value === value)?.label ?? '';
  return (
    <SelectProvider value={value} setValue={onChange}>
      <div className={className ? `select ${className}` : 'select'}>
        <SelectLabel className="select__label">{label}</SelectLabel>
        <AriakitSelect className="select__button" data-testid={testId}>
          <span>{current}</span>
          <span className="select__arrow" aria-hidden="true">▾</span>
        </AriakitSelect>
        <SelectPopover className="listbox listbox--popup" gutter={4} sameWidth>
          {options.map((o) => (
            <SelectItem key={o.value} value={o.value} className="listbox__item">{o.label}</SelectItem>
          ))}
        </SelectPopover>
      </div>
    </SelectProvider>
  );
}
