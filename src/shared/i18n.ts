import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import { issueMessage } from './issue-messages.ts';
import { catalog, type MessageKey } from './messages.ts';

/** Languages Simpul speaks; Bahasa Indonesia is the default everywhere. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

const current = new AsyncLocalStorage<Lang>();
// Validation messages follow the language of the request or CLI run in progress, and name fields by label.
z.config({ customError: (issue) => issueMessage(issue, currentLang()) });

/** The language of the work in progress (request, CLI command), or the default. */
export function currentLang(): Lang {
  return current.getStore() ?? DEFAULT_LANG;
}

/** Runs `work` with `lang` as the current language. */
export function withLang<T>(lang: Lang, work: () => T): T {
  return current.run(lang, work);
}

/** Picks `id` or `en` from an explicit choice or an Accept-Language header. */
export function pickLang(explicit?: string | null, acceptLanguage?: string | null): Lang {
  if (explicit === 'en' || explicit === 'id') return explicit;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'en' || tag === 'id') return tag;
  }
  return DEFAULT_LANG;
}

/** A translated message, `{name}` placeholders filled from `params`. */
export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
  lang = currentLang(),
): string {
  return catalog[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
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
