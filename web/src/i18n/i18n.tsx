import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/** Languages of the app; Bahasa Indonesia is the default. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages. Every string the app shows is one of these (see `defineMessages`). */
export interface Message {
  id: string;
  en: string;
}

/** Values substituted for `{name}` placeholders. */
export type Params = Record<string, string | number>;

/**
 * Declares a feature's catalogue. Each feature keeps its own `messages.ts`, so no screen can show an
 * untranslated string: a message without both languages does not type-check.
 */
export function defineMessages<T extends Record<string, Message>>(messages: T): T {
  return messages;
}

const STORAGE_KEY = 'simpul.lang';

function initialLang(): Lang {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'id';
}

/** `message` in `lang` with `{name}` placeholders filled. */
export function translate(lang: Lang, message: Message, params?: Params): string {
  const text = message[lang];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** Translates a message into the current language. */
  t(message: Message, params?: Params): string;
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the language (remembered in localStorage) and keeps `<html lang>` in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (message, params) => translate(lang, message, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translate function. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
