import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';
import valueDe from './locales/value.de.json';
import valueEn from './locales/value.en.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'stammkunde.language';

/**
 * The texts of each language: the main file plus the feature files kept apart (`value.*.json`: the customer-value
 * pages, under the top-level key `value`).
 */
export const translations = {
  de: { ...de, ...valueDe },
  en: { ...en, ...valueEn },
} as const;

export const resources = { de: { translation: translations.de }, en: { translation: translations.en } } as const;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function isLanguage(value: unknown): value is Language {
  return value === 'de' || value === 'en';
}

/** Stored choice first, then the browser language (German if it is German, else English). */
export function detectLanguage(): Language {
  const stored = storage()?.getItem(LANGUAGE_STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const candidates =
    typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language].filter(Boolean);
  const first = candidates[0] ?? '';
  return first.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function currentLanguage(instance: I18n = i18next): Language {
  const lang = instance.resolvedLanguage ?? instance.language;
  return lang?.startsWith('de') ? 'de' : 'en';
}

/** Changes the UI language and remembers the choice. */
export async function setLanguage(language: Language, instance: I18n = i18next): Promise<void> {
  storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  await instance.changeLanguage(language);
}

function syncDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng.startsWith('de') ? 'de' : 'en';
}

/** Creates and synchronously initialises an i18next instance (own instance per test if wanted). */
export function createI18n(language: Language = detectLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  instance.on('languageChanged', syncDocumentLanguage);
  syncDocumentLanguage(language);
  return instance;
}
