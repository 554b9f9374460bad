import type { z } from 'zod';
import { labelOf } from './field-labels.ts';
import { currentLang, type Message } from './i18n.ts';

/**
 * The `error` of a `.regex()` check: `sentence` in the current language with `{label}` filled by the
 * field's label, so a person reads what is expected in words, never the pattern.
 */
export function patternError(sentence: Message) {
  return {
    error: (issue: z.core.$ZodRawIssue) => {
      const lang = currentLang();
      const label = labelOf(issue.path ?? [])[lang];
      const text = sentence[lang].replaceAll('{label}', label);
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
  };
}

/** What a NIB looks like. */
export const NIB_EXPECTED: Message = {
  id: '{label} terdiri dari 13 angka, seperti yang diberikan OSS.',
  en: '{label} has 13 digits, as given by OSS.',
};

/** What a Kemendagri region code looks like. */
export const REGION_CODE_EXPECTED: Message = {
  id: '{label} harus kode wilayah Kemendagri bertitik, mis. 32, 32.73, 32.73.17 atau 32.73.17.1003.',
  en: '{label} must be a dotted Kemendagri region code, e.g. 32, 32.73, 32.73.17 or 32.73.17.1003.',
};

/** What a KBLI code (or the prefix of one) looks like. */
export const KBLI_EXPECTED: Message = {
  id: '{label}: kode KBLI terdiri dari 2–5 angka, mis. 15201.',
  en: '{label}: a KBLI code has 2–5 digits, e.g. 15201.',
};
