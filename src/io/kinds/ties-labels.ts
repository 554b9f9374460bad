import {
  INTERACTION_TYPES,
  type InteractionTypeCode,
  LEGAL_PATTERNS,
  type LegalPattern,
  type Valence,
} from '../../interactions/interaction-types.ts';
import type {
  CONFIDENCE_LEVELS,
  FORMALITIES,
  FREQUENCIES,
  REPORTERS,
} from '../../interactions/interactions.constants.ts';

type Labels<T extends readonly string[]> = Readonly<Record<T[number], string>>;

/*
 * The words tie files use for our codes (export writes them; import accepts them or the codes, in any
 * case, with spaces, `/` or `-` read as `_`). Tie types and legal patterns use their Indonesian labels.
 */

/** Jenis interaksi: the catalogue's Indonesian label (`Maklun`, `Oper pesanan`, …). */
export const TYPE_LABELS = Object.fromEntries(INTERACTION_TYPES.map((t) => [t.code, t.label.id])) as Readonly<
  Record<InteractionTypeCode, string>
>;

/** Pola kemitraan PP 7/2021. */
export const LEGAL_PATTERN_LABELS = Object.fromEntries(
  Object.entries(LEGAL_PATTERNS).map(([code, label]) => [code, label.id]),
) as Readonly<Record<LegalPattern, string>>;

/** Valensi. */
export const VALENCE_LABELS: Readonly<Record<Valence, string>> = {
  collaboration: 'kerja_sama',
  conflict: 'konflik',
  coopetition: 'persaingan',
};

/** Frekuensi. */
export const FREQUENCY_LABELS: Labels<typeof FREQUENCIES> = {
  once: 'sekali',
  seasonal: 'musiman',
  recurring: 'berulang',
  routine: 'rutin',
};

/** Formalitas kesepakatan. */
export const FORMALITY_LABELS: Labels<typeof FORMALITIES> = {
  oral: 'lisan',
  written: 'tertulis',
  notarised: 'notaris',
};

/** Dilaporkan oleh. */
export const REPORTER_LABELS: Labels<typeof REPORTERS> = {
  both_parties: 'kedua_pihak',
  one_party: 'satu_pihak',
  third_party: 'pihak_ketiga',
  researcher: 'peneliti',
};

/** Tingkat keyakinan. */
export const CONFIDENCE_LABELS: Labels<typeof CONFIDENCE_LEVELS> = {
  verified: 'terverifikasi',
  reported: 'dilaporkan',
  suspected: 'diduga',
};

/** Rahasia: ya / tidak. */
export const YES_NO_LABELS = { true: 'ya', false: 'tidak' } as const;
