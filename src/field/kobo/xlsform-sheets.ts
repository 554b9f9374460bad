import type { Message } from '../../shared/i18n.ts';
import {
  type FormQuestion,
  type FormQuestionnaire,
  GROUP_LABELS,
  QUESTIONNAIRE_FORMS,
  QUESTIONNAIRE_TITLES,
} from './form-questionnaires.ts';

/*
 * The three sheets of an XLSForm (https://xlsform.org): `survey`, `choices` and `settings`, with labels in
 * Indonesian (the default language) and English. The centre's members are the `anggota` choice list,
 * in the form itself rather than a `select_one_from_file` CSV: one file to upload to KoboToolbox or ODK
 * Central, nothing to attach. A form made without a centre asks for names as text instead.
 */

/** The language columns, as XLSForm names them (`label::Indonesian (id)`). */
export const LANGUAGES = { id: 'Indonesian (id)', en: 'English (en)' } as const;

/** The survey sheet's columns. */
export const SURVEY_HEADERS = [
  'type',
  'name',
  `label::${LANGUAGES.id}`,
  `label::${LANGUAGES.en}`,
  `hint::${LANGUAGES.id}`,
  `hint::${LANGUAGES.en}`,
  'required',
  'appearance',
  'choice_filter',
  'calculation',
  'default',
] as const;
/** The choices sheet's columns. */
export const CHOICES_HEADERS = [
  'list_name',
  'name',
  `label::${LANGUAGES.id}`,
  `label::${LANGUAGES.en}`,
] as const;
/** The settings sheet's columns. */
export const SETTINGS_HEADERS = ['form_title', 'form_id', 'version', 'default_language'] as const;

/** The list of the centre's member firms. */
export const MEMBER_LIST = 'anggota';

/** A member firm as the choice list offers it. */
export interface FormMember {
  id: string;
  name: string;
}

/** The centre a form is made for: its id (the `sentra` answer) and its members. */
export interface FormCenter {
  id: string;
  name: string;
  members: readonly FormMember[];
}

/** The rows of each sheet, headers first. */
export interface XlsFormSheets {
  survey: string[][];
  choices: string[][];
  settings: string[][];
}

const NAMES_HINT: Message = {
  id: 'Tulis nama IKM persis; beberapa nama dipisah titik koma (;).',
  en: 'Write the firm names exactly; separate several with a semicolon (;).',
};

type SurveyRow = Partial<Record<(typeof SURVEY_HEADERS)[number], string>>;

/** The sheets of `questionnaire`'s XLSForm, for `centre` (its members as choices) or for any centre. */
export function xlsFormSheets(
  questionnaire: FormQuestionnaire,
  center: FormCenter | undefined,
  version: string,
): XlsFormSheets {
  const rows: SurveyRow[] = [
    { type: 'start', name: 'start' },
    { type: 'end', name: 'end' },
    { type: 'today', name: 'today' },
  ];
  let group: string | undefined;
  for (const question of QUESTIONNAIRE_FORMS[questionnaire]) {
    if (question.group !== group) {
      if (group) rows.push({ type: 'end_group', name: group });
      group = question.group;
      if (group) rows.push({ type: 'begin_group', name: group, ...labels(GROUP_LABELS[group]) });
    }
    const row = surveyRow(question, center);
    if (row) rows.push(row);
  }
  if (group) rows.push({ type: 'end_group', name: group });
  const title = QUESTIONNAIRE_TITLES[questionnaire];
  return {
    survey: [[...SURVEY_HEADERS], ...rows.map((row) => SURVEY_HEADERS.map((h) => row[h] ?? ''))],
    choices: [
      [...CHOICES_HEADERS],
      ...(center?.members ?? []).map((m) => [MEMBER_LIST, m.id, m.name, m.name]),
    ],
    settings: [
      [...SETTINGS_HEADERS],
      [
        center ? `${title.id} — ${center.name}` : title.id,
        `simpul_${questionnaire.replace('-', '_')}`,
        version,
        LANGUAGES.id,
      ],
    ],
  };
}

function surveyRow(question: FormQuestion, center: FormCenter | undefined): SurveyRow | undefined {
  const withMembers = center !== undefined && center.members.length > 0;
  if (!withMembers && question.withoutMembers === 'omit') return undefined;
  const base: SurveyRow = {
    name: question.name,
    ...labels(question.label),
    required: question.required ? 'yes' : '',
    default: question.default ?? '',
  };
  if (!withMembers && question.withoutMembers === 'text') return { ...base, type: 'text' };
  switch (question.type) {
    case 'member':
      return withMembers
        ? { ...base, type: `select_one ${MEMBER_LIST}`, appearance: 'minimal autocomplete' }
        : { ...base, type: 'text' };
    case 'members':
      return withMembers
        ? {
            ...base,
            type: `select_multiple ${MEMBER_LIST}`,
            appearance: 'autocomplete',
            choice_filter: question.choiceFilter ?? '',
          }
        : { ...base, type: 'text', ...hints(NAMES_HINT) };
    case 'calculate':
      // The centre's id as a string literal; a `jr:` expression as written.
      return {
        ...base,
        type: 'calculate',
        required: '',
        calculation: question.calculation ?? `'${center?.id ?? ''}'`,
      };
    default:
      return { ...base, type: question.type };
  }
}

function labels(message: Message | undefined): SurveyRow {
  return message ? { [`label::${LANGUAGES.id}`]: message.id, [`label::${LANGUAGES.en}`]: message.en } : {};
}

function hints(message: Message): SurveyRow {
  return { [`hint::${LANGUAGES.id}`]: message.id, [`hint::${LANGUAGES.en}`]: message.en };
}
