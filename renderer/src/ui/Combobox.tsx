import { Combobox as AriakitCombobox, ComboboxItem, ComboboxList, ComboboxProvider, useComboboxStore, useStoreState } from '@ariakit/react';
import { useId, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

export interface ComboboxProps<T> {
  /** The accessible name of the search field and its list. */
  label: string;
  placeholder?: string;
  query: string;
  onQuery: (q: string) => void;
  /** Already filtered by the owner (its own search: pinyin, shortcuts…); shown in this order. */
  options: readonly T[];
  optionKey: (o: T) => string;
  renderOption: (o: T) => ReactNode;
  onPick: (o: T) => void;
  /** Shown in the list when nothing matches. */
  emptyText: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  inputTestId?: string;
  optionTestId?: string;
  className?: string;
}

/**
 * A search field over a list (WAI-ARIA combobox with an inline listbox): typing filters, the first
 * match is active at once, ↑↓ move, Home/End jump to the first/last match (the query is short;
 * ←→ still move the caret), Enter picks the active match. Focus stays in the field; the active
 * option is announced through `aria-activedescendant` and marked `aria-selected`.
 */
export function Combobox<T>({ label, placeholder, query, onQuery, options, optionKey, renderOption, onPick, emptyText, inputRef, inputTestId, optionTestId, className }: ComboboxProps<T>) {
  const prefix = useId();
  const store = useComboboxStore({ value: query, setValue: onQuery, open: true });
  const activeId = useStoreState(store, 'activeId');
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Home' || e.key === 'End') {
      const id = e.key === 'Home' ? store.first() : store.last();
      if (id) { e.preventDefault(); store.move(id); }
    } else if (e.key === 'Enter' && !activeId && options[0] !== undefined) {
      // Nothing active yet (the list just changed): Enter still takes the best match.
      e.preventDefault();
      onPick(options[0]);
    }
  };
  return (
    <ComboboxProvider store={store}>
      <div className={className ? `combobox ${className}` : 'combobox'}>
        <AriakitCombobox ref={inputRef} autoSelect="always" className="combobox__input" placeholder={placeholder} aria-label={label} data-testid={inputTestId} onKeyDown={onKeyDown} />
        {options.length === 0 ? <p className="listbox__none">{emptyText}</p> : null}
        <ComboboxList className="listbox" aria-label={label} hidden={options.length === 0}>
          {options.map((o) => {
            const id = `${prefix}-${optionKey(o)}`;
            return (
              <ComboboxItem key={optionKey(o)} id={id} className="listbox__item" aria-selected={activeId === id} focusOnHover setValueOnClick={false} hideOnClick={false} onClick={() => onPick(o)} data-testid={optionTestId}>
                {renderOption(o)}
              </ComboboxItem>
            );
          })}
        </ComboboxList>
      </div>
    </ComboboxProvider>
  );
}
