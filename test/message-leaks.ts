import type { Lang } from '../src/shared/i18n.ts';

/** Longest message a person should read for one field: longer text is a list nobody asked for. */
export const MAX_MESSAGE_LENGTH = 200;

/**
 * What gives a validation message away as machine text, each with why: a regular expression, a type name
 * as zod prints it, an internal code (CAPS or snake_case). English prose may say "a whole number" or
 * "decree number"; the type name (as in "expected number") may not appear.
 */
const LEAKS: [RegExp, string][] = [
  [/\/\^|\\d|\\w|\{\d+(,\d*)?\}|\$\//, 'regex'],
  [/UUID|uuid|GUID/, 'type name UUID'],
  [/\bstring\b/i, 'type name string'],
  [/\bundefined\b|\bNaN\b|\bnull\b|\bboolean\b/, 'type name'],
  [/(expected|received|type|:)\s*number\b/i, 'type name number'],
  [/expected \w+, received/i, 'zod default message'],
  [/\b[a-z]+(_[a-z0-9]+)+\b/, 'snake_case code'],
  [/\b[A-Z]{2,}_[A-Z_]+\b/, 'CAPS code'],
];

/** Why `message` is not fit for a person (in `lang`), or undefined when it is. */
export function leakIn(message: string, lang: Lang): string | undefined {
  if (message.length > MAX_MESSAGE_LENGTH) return `longer than ${MAX_MESSAGE_LENGTH} characters`;
  if (message.trim() === '') return 'empty';
  // Bahasa Indonesia has no word "number": there it can only be the type name.
  if (lang === 'id' && /\bnumber\b/i.test(message)) return 'type name number';
  for (const [pattern, why] of LEAKS) if (pattern.test(message)) return why;
  return undefined;
}
