import { useCallback, useMemo, useRef, useState } from 'react';
import { searchPhrases } from '@shared/domain/phrases';
import { draftSlots, fillSlots, insertPhrase, leftMarkers } from '@shared/domain/presale';
import type { Phrase } from '@shared/schemas/entities';
import { countPhraseUses } from '../../data';
import { invokeHost } from '../../host';
import { useErrorText, useTranslation } from '../../i18n';
import { Combobox } from '../../ui';
import { SlotFields } from './SlotFields';
import { usePhraseIndex } from './usePhraseIndex';

/**
 * The phrase palette for pasting into the platform's own workbench (companion mode): the same
 * search as the `/` picker (title, text, shortcut, pinyin initials), the phrase's slots filled in
 * place, Enter copies the final text and closes. No buyer is open here, so `{买家}`-style
 * variables stay as markers to fill. Used in the Electron palette window over 千牛 and, in a
 * browser tab, as an in-page dialog.
 */
export function PhrasePalette({ agentId, onDone }: { agentId: string; onDone: (copied: string | null) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const index = usePhraseIndex();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<{ phrase: Phrase; draft: string } | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const phrases = useMemo(() => searchPhrases(index, query, { agentId, limit: 8 }).map((r) => r.phrase), [index, query, agentId]);
  const slots = useMemo(() => (picked ? draftSlots(picked.draft) : []), [picked]);
  // Focus the first slot once when it appears (a new callback each render would pull focus back).
  const focusFirstSlot = useCallback((el: HTMLInputElement | null) => el?.focus(), []);

  const copy = async (draft: string, slotValues: Record<string, string>, phrase: Phrase): Promise<void> => {
    const { text, missing } = fillSlots(draft, slotValues);
    if (missing.length) return setError(t('presale.slots.missing', { names: missing.join('、') }));
    const markers = leftMarkers(text);
    if (markers.length) return setError(t('presale.markersLeft', { names: markers.join('、') }));
    try {
      await invokeHost('palette:copy', { text });
      await countPhraseUses([phrase.id], { agentId, now: Date.now() });
      onDone(text);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const pick = (p: Phrase): void => {
    const draft = insertPhrase(p.text, {});
    setError('');
    if (draftSlots(draft).length === 0) void copy(draft, {}, p);
    else { setPicked({ phrase: p, draft }); setValues({}); }
  };

  return (
    <div className="phrase-palette" data-testid="phrase-palette">
      {picked ? (
        <>
          <p className="phrase-palette__text">{fillSlots(picked.draft, values).text}</p>
          <SlotFields slots={slots} values={values} onChange={(n, v) => setValues((s) => ({ ...s, [n]: v }))} onEnterLast={() => void copy(picked.draft, values, picked.phrase)} firstRef={focusFirstSlot} />
        </>
      ) : (
        <Combobox
          label={t('phrasePalette.title')}
          placeholder={t('phrasePalette.hint')}
          query={query}
          onQuery={setQuery}
          options={phrases}
          optionKey={(p) => p.id}
          onPick={pick}
          emptyText={t('phrasePalette.none')}
          inputRef={input}
          inputTestId="palette-input"
          optionTestId="palette-option"
          renderOption={(p) => (
            <span className="picker__item">
              <span className="picker__group">{p.group}</span>
              <strong>{p.title}</strong>
              <span className="picker__text">{p.text}</span>
            </span>
          )}
        />
      )}
      <p className="muted">{t('phrasePalette.enter')}</p>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </div>
  );
}
