import { useMemo } from 'react';
import { buildPhraseIndex, type PhraseIndex } from '@shared/domain/phrases';
import type { Phrase } from '@shared/schemas/entities';
import { listPhrases, useSharedLive } from '../../data';

/**
 * The phrase search index, shared by every composer. Kept across mounts so switching
 * conversations does not recompute pinyin for the whole library (only changed phrases are).
 */
let last: PhraseIndex<Phrase> | undefined;

export function usePhraseIndex(): PhraseIndex<Phrase> {
  const phrases = useSharedLive(listPhrases, null);
  return useMemo(() => {
    if (phrases === null) return last ?? buildPhraseIndex<Phrase>([]);
    last = buildPhraseIndex(phrases, last);
    return last;
  }, [phrases]);
}
