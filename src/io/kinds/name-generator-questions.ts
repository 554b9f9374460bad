import { NAME_GENERATOR_QUESTIONS } from '../../field/field-questions.ts';
import { INTERACTION_TYPES, type InteractionTypeCode } from '../../interactions/interaction-types.ts';

/**
 * A name-generator question as field surveys ask it, and the tie each name given in answer records:
 * its type and which end the respondent is (`from`: the respondent gives the order, supplies, copies…;
 * `to`: the respondent receives it or is its victim). Symmetric types ignore the side.
 */
export interface SurveyQuestion {
  question: string;
  type: InteractionTypeCode;
  respondent: 'from' | 'to';
}

/** The standard questions (Bahasa Indonesia), matched ignoring case, punctuation and spacing. */
export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  // "Maklun dengan X" is said by the principal who has X make the goods.
  { question: 'Dengan siapa Anda maklun?', type: 'TOLL_MANUFACTURING', respondent: 'from' },
  { question: 'Kepada siapa Anda memaklunkan produksi?', type: 'TOLL_MANUFACTURING', respondent: 'from' },
  { question: 'Untuk siapa Anda mengerjakan maklun?', type: 'TOLL_MANUFACTURING', respondent: 'to' },
  { question: 'Kepada siapa Anda mensubkontrakkan pekerjaan?', type: 'SUBCONTRACT', respondent: 'from' },
  { question: 'Dari siapa Anda menerima subkontrak?', type: 'SUBCONTRACT', respondent: 'to' },
  { question: 'Kepada siapa Anda mengoper pesanan?', type: 'ORDER_SHARING', respondent: 'from' },
  { question: 'Siapa yang mengoper pesanan kepada Anda?', type: 'ORDER_SHARING', respondent: 'to' },
  { question: 'Dari siapa Anda membeli bahan baku?', type: 'MATERIAL_SUPPLY', respondent: 'to' },
  { question: 'Kepada siapa Anda menjual bahan baku?', type: 'MATERIAL_SUPPLY', respondent: 'from' },
  { question: 'Dengan siapa Anda membeli bahan bersama?', type: 'JOINT_PURCHASING', respondent: 'from' },
  { question: 'Dari siapa Anda meminjam atau menyewa alat?', type: 'EQUIPMENT_SHARING', respondent: 'to' },
  { question: 'Kepada siapa Anda bertanya atau belajar?', type: 'KNOWLEDGE_SHARING', respondent: 'to' },
  { question: 'Dari siapa Anda meminjam modal?', type: 'INFORMAL_CREDIT', respondent: 'to' },
  { question: 'Dengan siapa Anda berpromosi bersama?', type: 'JOINT_PROMOTION', respondent: 'from' },
  {
    question: 'Siapa yang membanting harga terhadap usaha Anda?',
    type: 'PRICE_UNDERCUTTING',
    respondent: 'to',
  },
  { question: 'Siapa yang menjiplak desain atau motif Anda?', type: 'DESIGN_COPYING', respondent: 'to' },
  { question: 'Siapa yang merebut pembeli Anda?', type: 'BUYER_POACHING', respondent: 'to' },
  { question: 'Siapa yang membajak pekerja Anda?', type: 'WORKER_POACHING', respondent: 'to' },
  { question: 'Dengan siapa Anda bersaing sehat?', type: 'FAIR_COMPETITION', respondent: 'from' },
];

/** Lower case, letters and digits only, single spaces: how questions and type names are compared. */
export function normaliseQuestion(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LOOKUP = new Map<string, SurveyQuestion>();
for (const q of SURVEY_QUESTIONS) LOOKUP.set(normaliseQuestion(q.question), q);
// A relation written as a type code or its label (Maklun, Oper pesanan): the respondent is the `from` end.
for (const t of INTERACTION_TYPES) {
  const asked = { question: t.label.id, type: t.code, respondent: 'from' } as const;
  LOOKUP.set(normaliseQuestion(t.code), asked);
  LOOKUP.set(normaliseQuestion(t.label.id), asked);
}
// The field package's questions, by key (`maklun_taken`, as a KoboToolbox/ODK export of the generated
// XLSForm writes them) and by their Indonesian text.
for (const q of NAME_GENERATOR_QUESTIONS) {
  const asked = { question: q.text.id, type: q.type, respondent: q.respondentIs } as const;
  LOOKUP.set(normaliseQuestion(q.key), asked);
  LOOKUP.set(normaliseQuestion(q.text.id), asked);
}

/** The tie a question or relation column asks about, or undefined when it is none we know. */
export function questionOf(value: string): SurveyQuestion | undefined {
  return LOOKUP.get(normaliseQuestion(value));
}
