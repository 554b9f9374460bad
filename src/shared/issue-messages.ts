import type { z } from 'zod';
import { choiceLabels } from './choice-labels.ts';
import { DATE_RANGE } from './dates.ts';
import { type FieldLabel, labelOf } from './field-labels.ts';
import type { Lang, Message } from './i18n.ts';

/** What zod hands a custom error map: an issue before it has a message. */
type RawIssue = z.core.$ZodRawIssue;

const M = {
  required: { id: '{label} wajib diisi.', en: '{label} is required.' },
  type: { id: '{label} harus berupa {expected}.', en: '{label} must be {expected}.' },
  stringMin: { id: '{label} paling sedikit {n} karakter.', en: '{label} must have at least {n} characters.' },
  stringEmpty: { id: '{label} tidak boleh kosong.', en: '{label} cannot be empty.' },
  stringMax: { id: '{label} paling banyak {n} karakter.', en: '{label} must have at most {n} characters.' },
  numberMin: { id: '{label} paling kecil {n}.', en: '{label} must be at least {n}.' },
  numberAbove: { id: '{label} harus lebih dari {n}.', en: '{label} must be more than {n}.' },
  numberMax: { id: '{label} paling besar {n}.', en: '{label} must be at most {n}.' },
  numberBelow: { id: '{label} harus kurang dari {n}.', en: '{label} must be less than {n}.' },
  itemsMin: { id: '{label} paling sedikit {n} butir.', en: '{label} must have at least {n} items.' },
  itemsEmpty: { id: '{label} tidak boleh kosong.', en: '{label} cannot be empty.' },
  itemsMax: { id: '{label} paling banyak {n} butir.', en: '{label} must have at most {n} items.' },
  date: {
    id: '{label} harus tanggal yang ada, ditulis TTTT-BB-HH (mis. 2024-01-31).',
    en: '{label} must be a real date written YYYY-MM-DD (e.g. 2024-01-31).',
  },
  dateTime: {
    id: '{label} harus tanggal TTTT-BB-HH atau tanggal dan jam ISO dengan zona waktu (mis. 2024-01-31T08:00:00+07:00).',
    en: '{label} must be a date YYYY-MM-DD or an ISO date and time with its offset (e.g. 2024-01-31T08:00:00+07:00).',
  },
  dateRange: {
    id: '{label} harus antara {min} dan {max}.',
    en: '{label} must be between {min} and {max}.',
  },
  uuid: { id: '{label} harus dipilih dari daftar.', en: '{label} must be chosen from the list.' },
  email: { id: '{label} harus alamat surel yang sah.', en: '{label} must be a valid email address.' },
  pattern: { id: '{label} harus {format}.', en: '{label} must be {format}.' },
  badForm: { id: 'Bentuk {label} tidak sesuai.', en: '{label} is not in the expected form.' },
  oneOf: { id: '{label} harus salah satu dari: {values}.', en: '{label} must be one of: {values}.' },
  oneListed: {
    id: '{label} harus salah satu pilihan yang tersedia.',
    en: '{label} must be one of the listed choices.',
  },
  unknownField: {
    id: 'Kolom {keys} tidak dikenal di sini.',
    en: 'Unknown field {keys}: it is not accepted here.',
  },
  singleLine: {
    id: '{label} harus satu baris tanpa karakter kendali (NUL, tab, pindah baris dan sejenisnya tidak boleh).',
    en: '{label} must be one line without control characters (no NUL, tab, line break or the like).',
  },
  multiLine: {
    id: '{label} tidak boleh berisi karakter kendali seperti NUL; hanya tab dan pindah baris yang boleh.',
    en: '{label} cannot contain control characters such as NUL; only tabs and line breaks are allowed.',
  },
  multipleOf: { id: '{label} harus kelipatan {n}.', en: '{label} must be a multiple of {n}.' },
} as const satisfies Record<string, Message>;

const TYPES: Record<string, Message> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  object: { id: 'objek JSON ({ … })', en: 'a JSON object ({ … })' },
  array: { id: 'daftar ([ … ])', en: 'a list ([ … ])' },
  date: { id: 'tanggal', en: 'a date' },
};

const fill = (message: Message, lang: Lang, params: Record<string, string | number>) =>
  message[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The one mapping from a zod issue to a sentence for the person who sent the data, in `lang`: the field by
 * its label (`FIELD_LABELS`), what was expected in plain words, never a pattern, a type name or a code.
 * Issues that carry their own message (a schema's `error`) never reach here.
 */
export function issueMessage(issue: RawIssue, lang: Lang): string {
  const label = labelOf(issue.path ?? []);
  const say = (message: Message, params: Record<string, string | number> = {}) =>
    upperFirst(fill(message, lang, { label: label[lang], ...params }));
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return say(M.required);
      const expected = TYPES[issue.expected] ?? TYPES.string!;
      return say(M.type, { expected: expected[lang] });
    }
    case 'too_small':
      return say(...bound(issue.origin, Number(issue.minimum), issue.inclusive !== false, 'min'));
    case 'too_big':
      return say(...bound(issue.origin, Number(issue.maximum), issue.inclusive !== false, 'max'));
    case 'invalid_format':
      return say(...format(issue.format, label, lang));
    case 'invalid_value': {
      // Choices by their words, a short list only: a long one (26 tie types) is the list on the form.
      const labels = choiceLabels(issue.values, lang);
      return labels ? say(M.oneOf, { values: labels.join(', ') }) : say(M.oneListed);
    }
    case 'unrecognized_keys':
      return say(M.unknownField, { keys: issue.keys.join(', ') });
    case 'not_multiple_of':
      return say(M.multipleOf, { n: Number(issue.divisor) });
    case 'custom':
      return say(...custom(issue.params?.expected));
    default:
      return say(M.badForm);
  }
}

type Said = [Message, Record<string, string | number>];

function bound(origin: string, n: number, inclusive: boolean, side: 'min' | 'max'): Said {
  if (origin === 'string') {
    if (side === 'min') return [n <= 1 ? M.stringEmpty : M.stringMin, { n }];
    return [M.stringMax, { n }];
  }
  if (origin === 'array' || origin === 'set') {
    if (side === 'min') return [n <= 1 ? M.itemsEmpty : M.itemsMin, { n }];
    return [M.itemsMax, { n }];
  }
  if (side === 'min') return [inclusive ? M.numberMin : M.numberAbove, { n }];
  return [inclusive ? M.numberMax : M.numberBelow, { n }];
}

function format(kind: string, label: FieldLabel, lang: Lang): Said {
  if (kind === 'date') return [M.date, {}];
  if (kind === 'datetime') return [M.dateTime, {}];
  if (kind === 'uuid' || kind === 'guid') return [M.uuid, {}];
  if (kind === 'email') return [M.email, {}];
  return label.format ? [M.pattern, { format: label.format[lang] }] : [M.badForm, {}];
}

function custom(expected: unknown): Said {
  if (expected === 'singleLine') return [M.singleLine, {}];
  if (expected === 'multiLine') return [M.multiLine, {}];
  if (expected === 'dateRange') return [M.dateRange, DATE_RANGE];
  if (expected === 'dateTime') return [M.dateTime, {}];
  return [M.badForm, {}];
}

/** The message for one field a strict schema does not know (the error handler reports each on its own path). */
export function unknownFieldMessage(key: string, lang: Lang): string {
  return fill(M.unknownField, lang, { keys: key });
}
