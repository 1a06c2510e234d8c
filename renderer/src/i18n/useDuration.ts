import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, type DurationOptions } from '@shared/lib/duration';

/** A duration in the agent's language ("21小时27分", "3分5秒"): the shared format with i18n words. */
export function useDuration(): (ms: number, opts?: DurationOptions) => string {
  const { t } = useTranslation();
  return useCallback((ms: number, opts?: DurationOptions) => formatDuration(ms, (key, values) => t(key, values), opts), [t]);
}
