import { z } from 'zod';
import { issueMessage } from './issue-messages.ts';
import { currentLang, DEFAULT_LANG, type Lang } from './lang.ts';

export { currentLang, DEFAULT_LANG, LANGS, type Lang, type Message, t, tr, withLang } from './lang.ts';

// Validation messages follow the language of the request or CLI run in progress, and name fields by label.
z.config({ customError: (issue) => issueMessage(issue, currentLang()) });

/** Picks `id` or `en` from an explicit choice or an Accept-Language header. */
export function pickLang(explicit?: string | null, acceptLanguage?: string | null): Lang {
  if (explicit === 'en' || explicit === 'id') return explicit;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'en' || tag === 'id') return tag;
  }
  return DEFAULT_LANG;
}
