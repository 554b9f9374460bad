import type { Message } from '../../shared/i18n.ts';
import { NAME_GENERATOR_QUESTIONS } from '../field-questions.ts';

/*
 * Simpul's two field questionnaires as ODK/KoboToolbox forms: the same name-generator questions the field
 * package sends to the phone (`field-questions.ts`) and a profile update. Each question's `name` is the
 * column a Kobo or ODK Central export writes for it (behind its group's prefix), and `column` is the
 * header of the import layout it feeds, so an export of the generated form imports with no mapping step.
 * The XLSForm writer and the export reader (`src/io/kobo/`) both read these lists.
 */

/** The questionnaires an XLSForm can be generated for. */
export const FORM_QUESTIONNAIRES = ['name-generator', 'profile'] as const;
export type FormQuestionnaire = (typeof FORM_QUESTIONNAIRES)[number];

/** The import kind each questionnaire's export is read as. */
export const QUESTIONNAIRE_KIND = { 'name-generator': 'name-generator', profile: 'enterprises' } as const;

/** How an answer is asked; `member`/`members` pick from the centre's member list (text without one). */
export type FormQuestionType = 'text' | 'integer' | 'decimal' | 'date' | 'member' | 'members' | 'calculate';

/** One question (or calculated value) of a generated form. */
export interface FormQuestion {
  /** XLSForm `name`: the export's column, behind the group prefix. */
  name: string;
  type: FormQuestionType;
  /** The import layout's header this answer becomes. */
  column: string;
  /** The group the question sits in (`ikatan/…` in a Kobo export, `ikatan-…` in ODK Central's). */
  group?: string;
  label?: Message;
  required?: boolean;
  /** XLSForm `calculation` of a `calculate`, or `default` of a question. */
  calculation?: string;
  default?: string;
  /** XLSForm `choice_filter` of a member list question (with a centre only). */
  choiceFilter?: string;
  /** In a form made without a centre (no member list): asked as this type instead, or left out. */
  withoutMembers?: 'text' | 'omit';
}

/** The group holding the name-generator questions. */
export const TIES_GROUP = 'ikatan';

/** The groups' headings. */
export const GROUP_LABELS: Record<string, Message> = {
  [TIES_GROUP]: { id: 'Ikatan dengan IKM lain di sentra', en: 'Ties with other firms of the center' },
  profil: { id: 'Profil IKM', en: 'Firm profile' },
  angka: { id: 'Angka tahunan', en: 'Yearly figures' },
};

/** Each questionnaire's title. */
export const QUESTIONNAIRE_TITLES: Record<FormQuestionnaire, Message> = {
  'name-generator': {
    id: 'Survei jejaring IKM (name generator)',
    en: 'Firm network survey (name generator)',
  },
  profile: { id: 'Pemutakhiran profil IKM', en: 'Firm profile update' },
};

const center: FormQuestion = {
  name: 'sentra',
  type: 'calculate',
  column: 'sentra',
  required: true,
  withoutMembers: 'text',
  label: { id: 'Sentra (kode atau id)', en: 'Centre (code or id)' },
};

/** The name-generator form: who was asked, when, by whom, and the firms named for each question. */
export const NAME_GENERATOR_FORM: readonly FormQuestion[] = [
  center,
  {
    name: 'pewawancara',
    type: 'text',
    column: 'pewawancara',
    label: { id: 'Nama pewawancara', en: 'Interviewer name' },
  },
  {
    name: 'tanggal_wawancara',
    type: 'date',
    column: 'tanggal_wawancara',
    required: true,
    default: 'today()',
    label: { id: 'Tanggal wawancara', en: 'Interview date' },
  },
  {
    name: 'responden',
    type: 'member',
    column: 'responden',
    required: true,
    label: { id: 'IKM yang diwawancarai', en: 'Firm interviewed' },
  },
  ...NAME_GENERATOR_QUESTIONS.map(
    (question): FormQuestion => ({
      name: question.key,
      type: 'members',
      column: 'nama_disebut',
      group: TIES_GROUP,
      // A firm never names itself (the tie rules would refuse it).
      // biome-ignore lint/suspicious/noTemplateCurlyInString: XLSForm's own reference to a question.
      choiceFilter: 'name != ${responden}',
      label: question.text,
    }),
  ),
];

/** The profile form: the firm, the year, and the figures the Dinas layout keeps per firm and year. */
export const PROFILE_FORM: readonly FormQuestion[] = [
  center,
  {
    name: 'ikm',
    type: 'member',
    column: 'id',
    required: true,
    withoutMembers: 'omit',
    label: { id: 'IKM', en: 'Firm' },
  },
  {
    name: 'nama_ikm',
    type: 'calculate',
    column: 'nama_ikm',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: XLSForm's own reference to a question.
    calculation: "jr:choice-name(${ikm}, '${ikm}')",
    required: true,
    withoutMembers: 'text',
    label: { id: 'Nama IKM', en: 'Firm name' },
  },
  {
    name: 'tahun',
    type: 'integer',
    column: 'tahun',
    required: true,
    default: 'format-date(today(), "%Y")',
    label: { id: 'Tahun data', en: 'Year of the figures' },
  },
  ...(
    [
      ['nama_pemilik', 'text', 'Nama pemilik', 'Owner name'],
      ['telp', 'text', 'Telepon', 'Phone'],
      ['produk', 'text', 'Produk', 'Products'],
    ] as const
  ).map(
    ([name, type, id, en]): FormQuestion => ({
      name,
      type,
      column: name,
      group: 'profil',
      label: { id, en },
    }),
  ),
  ...(
    [
      ['tkl', 'integer', 'Tenaga kerja laki-laki (orang)', 'Male workers'],
      ['tkp', 'integer', 'Tenaga kerja perempuan (orang)', 'Female workers'],
      ['jumlah_produksi', 'decimal', 'Jumlah produksi setahun', 'Yearly output (quantity)'],
      ['satuan', 'text', 'Satuan produksi (pasang, kodi, kg…)', 'Unit of output (pairs, kodi, kg…)'],
      ['nilai_produksi', 'integer', 'Nilai produksi setahun (rupiah)', 'Yearly output value (rupiah)'],
      ['nilai_investasi', 'integer', 'Nilai investasi (rupiah)', 'Investment (rupiah)'],
    ] as const
  ).map(
    ([name, type, id, en]): FormQuestion => ({
      name,
      type,
      column: name,
      group: 'angka',
      required: true,
      label: { id, en },
    }),
  ),
];

/** The questions of each questionnaire. */
export const QUESTIONNAIRE_FORMS: Record<FormQuestionnaire, readonly FormQuestion[]> = {
  'name-generator': NAME_GENERATOR_FORM,
  profile: PROFILE_FORM,
};
