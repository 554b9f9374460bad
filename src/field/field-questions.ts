import type { InteractionTypeCode } from '../interactions/interaction-types.ts';
import type { Message } from '../shared/i18n.ts';

/**
 * The name-generator questionnaire of the field package (DOMAIN.md §6.3): one question per tie type and
 * direction, asked of the respondent firm, answered by picking firms from the centre's member list. The
 * respondent is the tie's `from` or `to` end as the question says; symmetric types (buying together) are
 * asked once. Positive ties first (maklun, subcontracting, passing on orders, buying together, sharing
 * tools and workers), then the conflicts, which the tie service records as confidential by default.
 */
export interface NameGeneratorQuestion {
  /** Stable key the client sends back with each answer (`tie.create`'s `question`). */
  key: string;
  /** The tie type an answer records. */
  type: InteractionTypeCode;
  /** Which end of the tie the respondent is (from → to as in the tie catalogue). */
  respondentIs: 'from' | 'to';
  /** The question as the collector reads it out, in both languages. */
  text: Message;
}

const q = (
  key: string,
  type: InteractionTypeCode,
  respondentIs: 'from' | 'to',
  id: string,
  en: string,
): NameGeneratorQuestion => ({ key, type, respondentIs, text: { id, en } });

/** The questions, in the order the collector asks them. */
export const NAME_GENERATOR_QUESTIONS: readonly NameGeneratorQuestion[] = [
  q(
    'maklun_taken',
    'TOLL_MANUFACTURING',
    'to',
    'Dari siapa Anda menerima pekerjaan maklun tahun ini?',
    'From whom did you take toll-manufacturing (maklun) work this year?',
  ),
  q(
    'maklun_given',
    'TOLL_MANUFACTURING',
    'from',
    'Kepada siapa Anda memberikan pekerjaan maklun tahun ini?',
    'To whom did you give toll-manufacturing (maklun) work this year?',
  ),
  q(
    'subcontract_taken',
    'SUBCONTRACT',
    'to',
    'Dari siapa Anda menerima subkontrak (sebagian pesanan) tahun ini?',
    'From whom did you take subcontracted work this year?',
  ),
  q(
    'subcontract_given',
    'SUBCONTRACT',
    'from',
    'Kepada siapa Anda mensubkontrakkan sebagian pesanan tahun ini?',
    'To whom did you subcontract part of an order this year?',
  ),
  q(
    'orders_passed',
    'ORDER_SHARING',
    'from',
    'Kepada siapa Anda mengoper pesanan ketika kewalahan?',
    'To whom did you pass on orders when you had too many?',
  ),
  q(
    'orders_received',
    'ORDER_SHARING',
    'to',
    'Siapa yang mengoper pesanannya kepada Anda?',
    'Who passed their orders on to you?',
  ),
  q(
    'joint_purchasing',
    'JOINT_PURCHASING',
    'from',
    'Dengan siapa Anda membeli bahan baku bersama-sama?',
    'With whom did you buy materials together?',
  ),
  q(
    'tools_lent',
    'EQUIPMENT_SHARING',
    'from',
    'Siapa yang meminjam atau menyewa alat/mesin Anda?',
    'Who borrowed or rented your tools or machines?',
  ),
  q(
    'tools_borrowed',
    'EQUIPMENT_SHARING',
    'to',
    'Dari siapa Anda meminjam atau menyewa alat/mesin?',
    'From whom did you borrow or rent tools or machines?',
  ),
  q(
    'workers_lent',
    'LABOUR_SHARING',
    'from',
    'Kepada siapa Anda meminjamkan pekerja Anda?',
    'To whom did you lend your workers?',
  ),
  q(
    'workers_borrowed',
    'LABOUR_SHARING',
    'to',
    'Dari siapa Anda meminjam pekerja?',
    'From whom did you borrow workers?',
  ),
  q(
    'price_undercut',
    'PRICE_UNDERCUTTING',
    'to',
    'Siapa yang membanting harga sehingga merugikan Anda?',
    'Who undercut prices to your loss?',
  ),
  q(
    'design_copied',
    'DESIGN_COPYING',
    'to',
    'Siapa yang meniru desain atau motif Anda?',
    'Who copied your designs or motifs?',
  ),
  q(
    'buyers_poached',
    'BUYER_POACHING',
    'to',
    'Siapa yang merebut pembeli Anda?',
    'Who took your buyers away?',
  ),
  q(
    'workers_poached',
    'WORKER_POACHING',
    'to',
    'Siapa yang membajak pekerja Anda?',
    'Who poached your workers?',
  ),
];

/** The question keys, for the contract's enum. */
export const QUESTION_KEYS = NAME_GENERATOR_QUESTIONS.map((question) => question.key) as [
  string,
  ...string[],
];

/** The question of `key`, or undefined. */
export function questionOf(key: string): NameGeneratorQuestion | undefined {
  return NAME_GENERATOR_QUESTIONS.find((question) => question.key === key);
}
