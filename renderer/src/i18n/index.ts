import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resourcesFor } from './resources';

export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'xiaoer.lang';

function storedLanguage(): Language {
  const v = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(v ?? '') ? (v as Language) : 'zh-CN';
}

/**
 * Keys the screens asked for and the locale does not have (a lookup with a `defaultValue` is a
 * probe, not a miss). Kept on the page as `data-i18n-missing`, so an e2e run fails on any and a
 * support session can read them; an agent sees the key itself, which is what must never happen.
 */
const missingKeys = new Set<string>();
function noteMissing(key: string, options: { defaultValue?: unknown } | undefined): void {
  if (options?.defaultValue !== undefined || missingKeys.has(key)) return;
  missingKeys.add(key);
  if (typeof document !== 'undefined') document.documentElement.dataset.i18nMissing = [...missingKeys].join(' ');
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { common: resourcesFor('zh-CN') }, 'en-US': { common: resourcesFor('en-US') } },
    lng: storedLanguage(),
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; untrusted text is never HTML
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key, _fallback, _update, options) => noteMissing(key, options as { defaultValue?: unknown } | undefined),
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

/** Switches language at once (no restart) and remembers it. */
export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export { useTranslation } from 'react-i18next';
export const t = (key: string, vars?: Record<string, unknown>): string => i18next.t(key, vars ?? {});
export { errorText, fieldText, problemReason, problemsText, problemText, useErrorText, type Translate } from './problemText';
export { useDuration } from './useDuration';
export { fieldErrors, NO_ERRORS, type FieldErrors } from './fieldErrors';
