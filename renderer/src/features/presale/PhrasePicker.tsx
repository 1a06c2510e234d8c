import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchPhrases, type PhraseIndex } from '@shared/domain/phrases';
import type { Phrase } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';

/**
 * The `/` picker: fuzzy search over title, text, shortcut and pinyin initials; arrows move,
 * Enter inserts, Esc closes. With an empty query the most used phrases come first.
 */
export function PhrasePicker({ index, shopId, agentId, onPick, onClose }: {
  index: PhraseIndex<Phrase>;
  shopId: string | undefined;
  agentId: string;
  onPick: (p: Phrase) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const typedAt = useRef<number | null>(null);
  const results = useMemo(() => searchPhrases(index, query, { shopId, agentId, limit: 8 }), [index, query, shopId, agentId]);

  // Measured for the benchmark: keystroke → results on screen (never asserted).
  useEffect(() => {
    if (typedAt.current === null) return;
    performance.measure('phrase-search', { start: typedAt.current, end: performance.now() });
    typedAt.current = null;
  }, [results]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); setAt((i) => Math.min(i + 1, results.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setAt((i) => Math.max(i - 1, 0)); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = results[at] ?? results[0];
      if (hit) onPick(hit.phrase);
    } else if (e.key === 'Escape') { e.preventDefault(); onClose(); }
  };

  return (
    <div className="picker" role="dialog" aria-label={t('presale.picker.title')}>
      <input
        autoFocus
        className="picker__input"
        value={query}
        onChange={(e) => { typedAt.current = performance.now(); setQuery(e.target.value); setAt(0); }}
        onKeyDown={onKeyDown}
        placeholder={t('presale.picker.hint')}
        aria-label={t('presale.picker.title')}
        data-testid="phrase-picker-input"
        role="combobox"
        aria-expanded
        aria-controls="phrase-picker-list"
      />
      <ul className="picker__list" role="listbox" id="phrase-picker-list">
        {results.length === 0 ? <li className="muted picker__none">{t('presale.picker.none')}</li> : null}
        {results.map((r, i) => (
          <li key={r.phrase.id} role="option" aria-selected={i === at} className={i === at ? 'picker__item picker__item--on' : 'picker__item'}
            onMouseDown={(e) => { e.preventDefault(); onPick(r.phrase); }} data-testid="phrase-option">
            <span className="picker__group">{r.phrase.group}</span>
            <strong>{r.phrase.title}</strong>
            {r.phrase.shortcut ? <span className="mono muted">/{r.phrase.shortcut}</span> : null}
            <span className="picker__text">{r.phrase.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
