/**
 * The language the staff app speaks: French by default, English on request. The choice is kept in
 * localStorage; without one, the browser's language decides.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Language } from '../api/types.ts';
import { en } from './en.ts';
import { fr, type Messages } from './fr.ts';

const catalogue: Record<Language, Messages> = { fr, en };
const STORAGE_KEY = 'vigie.language';

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value !== null && Object.hasOwn(catalogue, value) ? (value as Language) : undefined;
  } catch {
    return undefined;
  }
}

export function initialLanguage(): Language {
  return storedLanguage() ?? (navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'fr');
}

type I18n = {
  language: Language;
  t: Messages;
  setLanguage(language: Language): void;
  formatDateTime(iso: string): string;
  formatTime(iso: string): string;
  /** With seconds: the audit log orders events that happen within the same minute. */
  formatDateTimeSeconds(iso: string): string;
};

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    const dateTimeSeconds = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
    return {
      language,
      t: catalogue[language],
      setLanguage,
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatTime: (iso) => time.format(new Date(iso)),
      formatDateTimeSeconds: (iso) => dateTimeSeconds.format(new Date(iso)),
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
