import { AsyncLocalStorage } from 'node:async_hooks';
import { catalog, type MessageKey } from './messages.ts';

// The language core without zod: `simpul --help` and `simpul network analyze` speak both languages
// without loading the validation library (about 80 ms of a start-up budget of 300). i18n.ts re-exports
// all of it and sets zod's messages.

/** Languages Simpul speaks; Bahasa Indonesia is the default everywhere. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

const current = new AsyncLocalStorage<Lang>();

/** The language of the work in progress (request, CLI command), or the default. */
export function currentLang(): Lang {
  return current.getStore() ?? DEFAULT_LANG;
}

/** Runs `work` with `lang` as the current language. */
export function withLang<T>(lang: Lang, work: () => T): T {
  return current.run(lang, work);
}

/** A message both languages of which are given inline (domain folders keep their own messages). */
export interface Message {
  id: string;
  en: string;
}

/** Translates a domain-owned message, `{name}` placeholders filled from `params`. */
export function tr(
  message: Message,
  params: Record<string, string | number> = {},
  lang = currentLang(),
): string {
  return message[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A translated message, `{name}` placeholders filled from `params`. */
export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
  lang = currentLang(),
): string {
  return catalog[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
