import type { Lang } from '../shared/lang.ts';

/**
 * Commander's own parse errors (an unknown option, a missing value, a wrong choice) in the run's language.
 * Commander 14 writes them in English with fixed wording (lib/command.js); each known form is matched and
 * said again in Indonesian; an unknown form passes through unchanged, so a new commander message is shown
 * in English rather than lost. English keeps commander's words.
 */
const FORMS: { pattern: RegExp; id: string }[] = [
  {
    pattern: /^error: unknown option '(?<a>[^']+)'/,
    id: 'opsi {a} tidak dikenal',
  },
  {
    pattern: /^error: unknown command '(?<a>[^']+)'/,
    id: 'perintah {a} tidak dikenal',
  },
  {
    pattern: /^error: missing required argument '(?<a>[^']+)'/,
    id: 'argumen {a} wajib diisi',
  },
  {
    pattern: /^error: option '(?<a>[^']+)' argument missing/,
    id: 'opsi {a} memerlukan nilai sesudahnya',
  },
  {
    pattern: /^error: required option '(?<a>[^']+)' not specified/,
    id: 'opsi {a} wajib diisi',
  },
  {
    pattern: /^error: option '(?<a>[^']+)' argument '(?<b>[^']*)' is invalid\./,
    id: 'nilai "{b}" untuk opsi {a} tidak sah.',
  },
  {
    pattern: /^error: command-argument value '(?<b>[^']*)' is invalid for argument '(?<a>[^']+)'\./,
    id: 'nilai "{b}" untuk argumen {a} tidak sah.',
  },
  {
    pattern:
      /^error: too many arguments(?: for '(?<a>[^']+)')?\. Expected (?<b>\d+) arguments? but got (?<c>\d+)\./,
    id: 'terlalu banyak argumen: perintah ini menerima {b}, diberikan {c}.',
  },
  {
    pattern: /^error: option '(?<a>[^']+)' cannot be used with option '(?<b>[^']+)'/,
    id: 'opsi {a} tidak dapat dipakai bersama opsi {b}',
  },
];

/** Commander's tails after the first sentence: the allowed choices and its spelling suggestions. */
const TAILS: { pattern: RegExp; id: string }[] = [
  { pattern: /Allowed choices are (.+?)\.(?=\s|$)/, id: 'Pilihan yang ada: $1.' },
  { pattern: /\(Did you mean one of (.+?)\?\)/, id: '(Maksud Anda salah satu dari $1?)' },
  { pattern: /\(Did you mean (.+?)\?\)/, id: '(Maksud Anda $1?)' },
];

/** `text` (one error as commander writes it) in `lang`. */
export function commanderErrorIn(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  for (const { pattern, id } of FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const fields = match.groups ?? {};
    const head = id.replace(/\{(\w)\}/g, (_, k: string) => fields[k] ?? '');
    let rest = text.slice(match[0].length);
    for (const tail of TAILS) rest = rest.replace(tail.pattern, tail.id);
    return head + rest;
  }
  return text;
}
