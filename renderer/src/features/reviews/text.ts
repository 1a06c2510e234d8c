import { useCallback } from 'react';
import { DAY, HOUR, MINUTE } from '@shared/lib/time';
import { useErrorText, useTranslation } from '../../i18n';

/** Screen texts for case rules: refusals name the field ("退款金额：…", i18n/problemText), countdowns read "还剩 2天3小时". */
export function useCaseText() {
  const { t } = useTranslation();
  const problem = useErrorText();
  const span = useCallback((ms: number): string => {
    const a = Math.abs(ms);
    const d = Math.floor(a / DAY);
    const h = Math.floor((a % DAY) / HOUR);
    const m = Math.floor((a % HOUR) / MINUTE);
    return d > 0 ? t('cases.time.dh', { d, h }) : h > 0 ? t('cases.time.hm', { h, m }) : t('cases.time.m', { m });
  }, [t]);
  const countdown = useCallback((at: number, now: number): string => (at >= now ? t('cases.time.left', { span: span(at - now) }) : t('cases.time.over', { span: span(now - at) })), [t, span]);
  return { problem, countdown, span };
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

/** Yuan typed by the agent ("59", "59.9") as fen; null for blank, NaN for junk. */
export function parseYuan(v: string): number | null {
  const s = v.trim();
  if (!s) return null;
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return Number.NaN;
  return Math.round(Number(s) * 100);
}
