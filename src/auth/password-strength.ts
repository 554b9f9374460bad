/**
 * Password strength after NIST SP 800-63B §3.1.1.2: no composition rules; refuse what is in a breach or
 * dictionary list, repetitive or sequential, or context-specific (the user's own e-mail and name). The
 * estimate is zxcvbn's (Wheeler 2016, USENIX Security), with the common, English and Indonesian
 * dictionaries of zxcvbn-ts, all offline.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { passwordMessages as m } from './password.messages.ts';
import { MIN_PASSWORD_LENGTH } from './roles.ts';

/** Longest accepted password, in characters (code points): long passphrases fit (NIST: at least 64). */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Lowest accepted zxcvbn score: 3 means at least 10⁸ guesses, "safely unguessable" against online attacks
 * and costly offline against argon2id; 4 (10¹⁰) would refuse many memorable passphrases.
 */
export const MIN_PASSWORD_SCORE = 3;

/** The field a password arrives in; its label names it in the message. */
export type PasswordField = 'password' | 'newPassword';

/** Who the password is for: their e-mail and name are the first words an attacker tries. */
export interface PasswordOwner {
  email: string;
  displayName?: string;
}

/**
 * zxcvbn weighs the first 64 characters only: its matchers grow faster than linearly, and 256 repetitive
 * characters ("a1a1…") cost 2–3 s of CPU against 0.5–1 s for 64. A password whose first 64 characters are
 * hard to guess is hard to guess whatever follows.
 */
const CHECKED_LENGTH = 64;

type Translations = { warnings: Record<string, string>; suggestions: Record<string, string> };
interface Checker {
  zxcvbn: ZxcvbnFactory;
  translations: { id: Translations; en: Translations };
}

let checker: Promise<Checker> | undefined;

// The dictionaries are megabytes of JSON: load them on the first check, once per process.
function loadChecker(): Promise<Checker> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, id] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-id'),
    ]);
    // No translations: feedback comes as keys, translated per request below. Levenshtein matching stays off:
    // it took seconds for some 10-character passwords, and l33t and dictionary matching find the same words.
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary },
      graphs: common.adjacencyGraphs,
      maxLength: CHECKED_LENGTH,
    });
    return { zxcvbn, translations: { id: id.translations, en: en.translations } };
  })();
  return checker;
}

/** Characters as a person counts them (code points), not UTF-16 units. */
export const passwordLength = (password: string): number => [...password].length;

/** The length problem of a password in the current language, or null; used by the zod schema too. */
export function passwordLengthProblem(password: string, field: PasswordField = 'password'): string | null {
  const length = passwordLength(password);
  const label = tr(m.label[field]);
  if (length < MIN_PASSWORD_LENGTH) return tr(m.tooShort, { label, min: MIN_PASSWORD_LENGTH });
  if (length > MAX_PASSWORD_LENGTH) return tr(m.tooLong, { label, max: MAX_PASSWORD_LENGTH });
  return null;
}

/** The e-mail's name (before @) when it is long enough to matter (3+ characters), lower-cased. */
function emailName(email: string): string | null {
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  return name.length >= 3 ? name : null;
}

/**
 * Whether the password holds the user's whole name, spaces ignored ("wahyuprasetyo1" for Wahyu Prasetyo):
 * zxcvbn counts it as two guessable words, which a digit lifts to score 3. From 5 letters, so that a
 * short name such as "Ani" does not refuse every "pisang" or "tani".
 */
function containsDisplayName(password: string, displayName = ''): boolean {
  const name = displayName.toLowerCase().replace(/\s+/g, '');
  return name.length >= 5 && password.toLowerCase().replace(/\s+/g, '').includes(name);
}

/** What is wrong with `password` for `owner`, in the current language, or null when it is strong enough. */
export async function passwordProblem(
  password: string,
  owner: PasswordOwner,
  field: PasswordField = 'password',
): Promise<string | null> {
  const lengthProblem = passwordLengthProblem(password, field);
  if (lengthProblem) return lengthProblem;
  const label = tr(m.label[field]);
  const name = emailName(owner.email);
  if (name && password.toLowerCase().includes(name)) return tr(m.containsEmailName, { label, name });
  if (containsDisplayName(password, owner.displayName)) return tr(m.containsName, { label });

  const { zxcvbn, translations } = await loadChecker();
  const local = owner.email.split('@')[0] ?? '';
  const userInputs = [local, ...local.split(/[._+-]+/), owner.displayName ?? '']
    .concat((owner.displayName ?? '').split(/\s+/))
    .filter((word) => word.length >= 3);
  const { score, feedback } = zxcvbn.check(password, userInputs);
  if (score >= MIN_PASSWORD_SCORE) return null;
  const words = translations[currentLang()];
  const advice = [
    feedback.warning ? words.warnings[feedback.warning] : undefined,
    ...feedback.suggestions.map((key) => words.suggestions[key]),
  ].filter((sentence): sentence is string => Boolean(sentence));
  if (advice.length === 0) advice.push(tr(m.useWords));
  return `${tr(m.weak, { label })} ${advice.join(' ')}`;
}

/** Throws a 400 naming `field` when the password is too short, too long or too easy to guess. */
export async function assertStrongPassword(
  password: string,
  owner: PasswordOwner,
  field: PasswordField = 'password',
): Promise<void> {
  const problem = await passwordProblem(password, owner, field);
  if (problem) throw new AppError('validation_failed', problem, [{ path: field, message: problem }]);
}
