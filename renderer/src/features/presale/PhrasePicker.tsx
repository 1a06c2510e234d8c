import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { searchPhrases, type PhraseIndex } from '@shared/domain/phrases';
import type { Phrase } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';
import { Combobox, Popover } from '../../ui';

/**
 * The `/` picker: fuzzy search over title, text, shortcut and pinyin initials; ↑↓ (Home End)
 * move, Enter inserts, Esc or a click outside closes. With an empty query the most used phrases
 * come first. It opens over the reply box it was called from and gives the focus back to it (the
 * Composer then moves it on to the first slot to fill, when a phrase has one).
 */
export function PhrasePicker({ index, shopId, agentId, anchorRef, replyRef, onPick, onClose }: {
  index: PhraseIndex<Phrase>;
  shopId: string | undefined;
  agentId: string;
  anchorRef: RefObject<HTMLElement | null>;
  replyRef: RefObject<HTMLElement | null>;
  onPick: (p: Phrase) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const typedAt = useRef<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(() => searchPhrases(index, query, { shopId, agentId, limit: 8 }), [index, query, shopId, agentId]);
  const phrases = useMemo(() => results.map((r) => r.phrase), [results]);

  // Measured for the benchmark: keystroke → results on screen (never asserted).
  useEffect(() => {
    if (typedAt.current === null) return;
    performance.measure('phrase-search', { start: typedAt.current, end: performance.now() });
    typedAt.current = null;
  }, [results]);

  return (
    <Popover label={t('presale.picker.title')} onClose={onClose} anchorRef={anchorRef} placement="top" sameWidth initialFocus={input} finalFocus={replyRef} className="picker">
      <Combobox
        label={t('presale.picker.title')}
        placeholder={t('presale.picker.hint')}
        query={query}
        onQuery={(q) => { typedAt.current = performance.now(); setQuery(q); }}
        options={phrases}
        optionKey={(p) => p.id}
        onPick={onPick}
        emptyText={t('presale.picker.none')}
        inputRef={input}
        inputTestId="phrase-picker-input"
        optionTestId="phrase-option"
        renderOption={(p) => (
          <span className="picker__item">
            <span className="picker__group">{p.group}</span>
            <strong>{p.title}</strong>
            {p.shortcut ? <span className="mono muted">/{p.shortcut}</span> : null}
            <span className="picker__text">{p.text}</span>
          </span>
        )}
      />
    </Popover>
  );
}
