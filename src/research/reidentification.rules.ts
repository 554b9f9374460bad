import type { Message } from '../shared/lang.ts';

/**
 * Re-identification risk of a research project's informants (issue #21 item 10; METHODS.md Part B §9,
 * "re-identification risk scoring for small centres"). Pure: the service reads the project's informants,
 * their registry records and their still-consented quotations, and calls these.
 *
 * Three kinds of warning, each naming the informant and saying why and what to do, in both languages:
 * - `quotation`: a quotation holds a registry identifier of an informant (firm or person name, phone,
 *   address, village, NIB), or a phone number or NIB of anyone;
 * - `attributes`: the informant's case attributes (role × centre × size class × gender) are shared by fewer
 *   than k informants of the project (k-anonymity, Sweeney 2002; k = 3 here);
 * - `small_center`: fewer than 5 firms of the informant's kind are in their centre.
 */

/** Informants a combination of case attributes must be shared by (k-anonymity); 3 is the smallest k that still leaves the informant a doubt between two others. */
export const K_ANONYMITY = 3;
/** Firms of one kind a centre must have for its informants not to be singled out (issue #21 item 10). */
export const SMALL_CENTER_FIRMS = 5;

/** What kind of registry fact (or number pattern) a quotation holds. */
export type IdentifierKind = 'enterprise_name' | 'person_name' | 'phone' | 'address' | 'village' | 'nib';
export const IDENTIFIER_KINDS = [
  'enterprise_name',
  'person_name',
  'phone',
  'address',
  'village',
  'nib',
] as const;

/** A registry fact of one informant that a quotation must not hold. */
export interface Identifier {
  kind: IdentifierKind;
  value: string;
  informantId: string;
}

/** A match in a quotation: [start, end) in code points; `informantId` null for a number of nobody known. */
export interface QuotationMatch {
  kind: IdentifierKind;
  informantId: string | null;
  start: number;
  end: number;
}

const HONORIFICS = '(?:pak|bapak|bu|ibu|mas|mbak|kang|teh|haji|hj\\.?|h\\.)';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';
// Indonesian phone numbers: +62 / 62 / 0, then 8–12 more digits, with spaces, dots or dashes between groups.
const PHONE = /(?<![\p{N}+])(?:\+62|62|0)[\s.-]?\d{2,4}(?:[\s.-]?\d{2,5}){2,3}(?!\p{N})/gu;
// The NIB (Nomor Induk Berusaha) is 13 digits.
const NIB = /(?<!\p{N})\d{13}(?!\p{N})/gu;
/** Identifiers shorter than this are not looked for (a two-letter village name would match everywhere). */
const MIN_LENGTH = 3;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `value` as a whole word (case-insensitive, any run of spaces for a space). */
function wordPattern(value: string, prefix = ''): RegExp {
  const body = value.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
  return new RegExp(`${NOT_WORD_BEFORE}${prefix}${body}${NOT_WORD_AFTER}`, 'giu');
}

/** Digits only, with the country code 62 read as a leading 0. */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

function codePointAt(text: string, utf16Index: number): number {
  let n = 0;
  for (const _ of text.slice(0, utf16Index)) n += 1;
  return n;
}

function* matchesOf(text: string, pattern: RegExp): Generator<{ index: number; value: string }> {
  for (const m of text.matchAll(pattern)) yield { index: m.index, value: m[0] };
}

/**
 * Every identifier `text` holds, leftmost-longest without overlaps, offsets in code points. Names match
 * whole words case-insensitively; a person is also found by an honorific and one part of their name
 * ("Pak Darto" for Darto Wiyono); any phone number or 13-digit NIB is a match, attributed to the informant
 * whose registry record holds it when one does.
 */
export function findIdentifiers(text: string, identifiers: readonly Identifier[]): QuotationMatch[] {
  const found: (QuotationMatch & { utf16: number; length: number })[] = [];
  const add = (kind: IdentifierKind, informantId: string | null, index: number, value: string) =>
    found.push({ kind, informantId, start: 0, end: 0, utf16: index, length: value.length });
  for (const id of identifiers) {
    if (id.kind === 'phone' || id.kind === 'nib') continue;
    if (Array.from(id.value.trim()).length < MIN_LENGTH) continue;
    for (const m of matchesOf(text, wordPattern(id.value))) add(id.kind, id.informantId, m.index, m.value);
    if (id.kind !== 'person_name') continue;
    for (const part of id.value.trim().split(/\s+/u)) {
      if (Array.from(part).length < MIN_LENGTH) continue;
      for (const m of matchesOf(text, wordPattern(part, `${HONORIFICS}\\s+`)))
        add(id.kind, id.informantId, m.index, m.value);
    }
  }
  const owner = (kind: 'phone' | 'nib', digits: string) =>
    identifiers.find((i) => i.kind === kind && phoneDigits(i.value) === digits)?.informantId ?? null;
  for (const m of matchesOf(text, NIB)) add('nib', owner('nib', m.value), m.index, m.value);
  for (const m of matchesOf(text, PHONE))
    add('phone', owner('phone', phoneDigits(m.value)), m.index, m.value);
  found.sort((a, b) => a.utf16 - b.utf16 || b.length - a.length);
  const kept: QuotationMatch[] = [];
  let reached = -1;
  for (const f of found) {
    if (f.utf16 < reached) continue;
    reached = f.utf16 + f.length;
    kept.push({
      kind: f.kind,
      informantId: f.informantId,
      start: codePointAt(text, f.utf16),
      end: codePointAt(text, f.utf16 + f.length),
    });
  }
  return kept;
}

const MASKS: Record<IdentifierKind, Message> = {
  enterprise_name: { id: '[nama usaha]', en: '[business name]' },
  person_name: { id: '[nama orang]', en: '[person’s name]' },
  phone: { id: '[nomor telepon]', en: '[phone number]' },
  address: { id: '[alamat]', en: '[address]' },
  village: { id: '[desa]', en: '[village]' },
  nib: { id: '[NIB]', en: '[NIB]' },
};

/** `text` with each match replaced by a bracketed placeholder naming what was there, in both languages. */
export function maskQuotation(text: string, matches: readonly QuotationMatch[]): Message {
  const points = Array.from(text);
  const masked = (lang: 'id' | 'en') => {
    let out = '';
    let at = 0;
    for (const m of [...matches].sort((a, b) => a.start - b.start)) {
      out += points.slice(at, m.start).join('') + MASKS[m.kind][lang];
      at = m.end;
    }
    return out + points.slice(at).join('');
  };
  return { id: masked('id'), en: masked('en') };
}

/** The case attributes an informant can be singled out by; null: not known. */
export interface CaseAttributes {
  informantId: string;
  role: string | null;
  center: string | null;
  sizeClass: string | null;
  gender: string | null;
}
export type AttributeName = 'role' | 'center' | 'sizeClass' | 'gender';
/** The order in which attributes are offered for generalising: the least telling first. */
const GENERALISE_ORDER: readonly AttributeName[] = ['gender', 'sizeClass', 'role', 'center'];

/** An informant whose attribute combination fewer than k informants share. */
export interface RareCombination {
  informantId: string;
  /** Informants (this one included) sharing the combination. */
  shared: number;
  /** The one attribute whose removal brings the group to k, or null when none does (suppress). */
  generalise: AttributeName | null;
}

const keyOf = (c: CaseAttributes, without: AttributeName | null) =>
  (['role', 'center', 'sizeClass', 'gender'] as const)
    .map((a) => (a === without ? '*' : (c[a]?.toLowerCase().trim() ?? '∅')))
    .join('\u0000');

/** The informants whose combination of attributes fewer than `k` informants of the project share. */
export function rareCombinations(cases: readonly CaseAttributes[], k = K_ANONYMITY): RareCombination[] {
  const groups = (without: AttributeName | null) => {
    const sizes = new Map<string, number>();
    for (const c of cases) sizes.set(keyOf(c, without), (sizes.get(keyOf(c, without)) ?? 0) + 1);
    return sizes;
  };
  const full = groups(null);
  const partial = new Map(GENERALISE_ORDER.map((a) => [a, groups(a)] as const));
  return cases.flatMap((c) => {
    const shared = full.get(keyOf(c, null)) ?? 0;
    if (shared >= k) return [];
    const generalise =
      GENERALISE_ORDER.find((a) => c[a] !== null && (partial.get(a)?.get(keyOf(c, a)) ?? 0) >= k) ?? null;
    return [{ informantId: c.informantId, shared, generalise }];
  });
}

/** True when a centre with `firmsOfKind` firms of the informant's kind is too small to hide them. */
export function isSmallCenter(firmsOfKind: number, threshold = SMALL_CENTER_FIRMS): boolean {
  return firmsOfKind < threshold;
}
