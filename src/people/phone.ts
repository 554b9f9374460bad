import { tr } from '../shared/i18n.ts';
import { singleLine } from '../shared/text.ts';

const MIN_DIGITS = 9;
const MAX_DIGITS = 15;

const MESSAGES = {
  personal: {
    id: 'Nomor telepon harus diawali +62 atau 08 dan terdiri dari 9–15 angka.',
    en: 'A phone number starts with +62 or 08 and has 9–15 digits.',
  },
  business: {
    id: 'Nomor telepon harus diawali +62 atau 0 (termasuk kode area) dan terdiri dari 9–15 angka.',
    en: 'A phone number starts with +62 or 0 (area code included) and has 9–15 digits.',
  },
};

// People type separators; the stored form has none.
const SEPARATORS = /[\s\-.()]/g;

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

/** `08…`/`0…` becomes `+62…`; the trunk `0` is dropped as in international dialling. */
function toInternational(value: string): string {
  return value.startsWith('+62') ? value : `+62${value.slice(1)}`;
}

function phoneSchema(pattern: RegExp, message: { id: string; en: string }) {
  return singleLine()
    .trim()
    .max(30)
    .transform((value) => value.replace(SEPARATORS, ''))
    .refine(
      (value) => pattern.test(value) && digitCount(value) >= MIN_DIGITS && digitCount(value) <= MAX_DIGITS,
      { error: () => tr(message) },
    )
    .transform(toInternational);
}

/** A person's (mobile) number: `+62…` or `08…`, 9–15 digits, stored as `+62…`. */
export const PhoneSchema = phoneSchema(/^(\+62[1-9]|08)\d+$/, MESSAGES.personal);

/** A business number, which may be a landline with its area code (`022…`); stored as `+62…`. */
export const BusinessPhoneSchema = phoneSchema(/^(\+62|0)[1-9]\d+$/, MESSAGES.business);
