import { useCallback } from 'react';
import { HOUR } from '@shared/lib/time';
import { useDuration, useErrorText, useTranslation } from '../../i18n';

/** Screen texts for case rules: refusals name the field ("退款金额：…", i18n/problemText), countdowns read "还剩 2天3小时". */
export function useCaseText() {
  const { t } = useTranslation();
  const problem = useErrorText();
  const duration = useDuration();
  const countdown = useCallback((at: number, now: number): string => (at >= now ? t('cases.time.left', { span: duration(at - now) }) : t('cases.time.over', { span: duration(now - at) })), [t, duration]);
  return { problem, countdown };
}

/** "2026-05-10T14:30" for datetime-local inputs, in Asia/Shanghai. */
export function toLocalInput(at: number): string {
  return new Date(at + 8 * HOUR).toISOString().slice(0, 16);
}

export function fromLocalInput(v: string): number | null {
  if (!v) return null;
  const ms = Date.parse(`${v}:00+08:00`);
  return Number.isFinite(ms) ? ms : null;
}
