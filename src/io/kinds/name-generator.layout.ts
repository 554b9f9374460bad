import {
  defaultConfidential,
  resolveValence,
  suggestedLegalPattern,
} from '../../interactions/interactions.rules.ts';
import { tr } from '../../shared/i18n.ts';
import {
  type CellParser,
  CellProblem,
  isoDate,
  optional,
  type RowReader,
  required,
  rowReader,
  text,
} from '../cells.ts';
import { col, type StagingColumn } from '../staging.ts';
import type { ColumnSpec, StageRecord } from './kind.ts';
import { questionOf, SURVEY_QUESTIONS, type SurveyQuestion } from './name-generator-questions.ts';
import { TIE_MESSAGES as M } from './ties.messages.ts';
import { TYPE_LABELS } from './ties-labels.ts';

/** Name-generator survey layout: one row per (respondent, named enterprise, question). */
export const SURVEY_COLUMNS: readonly ColumnSpec[] = [
  {
    header: 'sentra',
    type: 'text',
    requiredHeader: true,
    aliases: ['kode_sentra'],
    description:
      'Kode sentra (atau id-nya) tempat survei; nama yang disebut dicari di antara anggotanya; wajib.',
  },
  {
    header: 'responden',
    type: 'text',
    requiredHeader: true,
    aliases: ['ikm_responden', 'nama_responden'],
    description: 'IKM yang diwawancarai: id, NIB, kode, atau nama persis anggota sentra; wajib.',
  },
  {
    header: 'nama_disebut',
    type: 'text',
    requiredHeader: true,
    aliases: ['nama_yang_disebut', 'ikm_disebut', 'disebut'],
    description:
      'IKM yang disebut responden, ditulis seperti diucapkan; dicocokkan dengan nama anggota sentra; wajib.',
  },
  {
    header: 'pertanyaan',
    type: 'text',
    requiredHeader: true,
    aliases: ['relasi', 'hubungan'],
    labels: TYPE_LABELS,
    description: `Pertanyaan yang diajukan (${SURVEY_QUESTIONS.map((q) => `"${q.question}"`).join(', ')}) atau jenis interaksi (kode atau label, mis. Maklun); wajib.`,
  },
  {
    header: 'tanggal_wawancara',
    type: 'date',
    requiredHeader: true,
    aliases: ['tanggal'],
    description: 'Tanggal wawancara; menjadi tanggal mulai ikatan; wajib.',
  },
  { header: 'pewawancara', type: 'text', aliases: ['enumerator'], description: 'Nama pewawancara.' },
];

const question: CellParser<SurveyQuestion> = (value) =>
  questionOf(String(value)) ?? new CellProblem(tr(M.unknownQuestion, { value: String(value) }));

const fields = {
  sentra: required(text(100)),
  responden: required(text(200)),
  nama_disebut: required(text(200)),
  pertanyaan: required(question),
  tanggal_wawancara: required(isoDate),
  pewawancara: optional(text(200)),
};

/** Survey cells in, a staging record out; the tie's defaults come from the interaction rules. */
export function surveyRowReader(): RowReader<StageRecord> {
  return rowReader(fields, (r) => {
    const { valence } = resolveValence(r.pertanyaan.type, undefined);
    return {
      center_ref: r.sentra,
      respondent_ref: r.responden,
      named_ref: r.nama_disebut,
      type: r.pertanyaan.type,
      respondent_side: r.pertanyaan.respondent,
      start_date: r.tanggal_wawancara,
      interviewer: r.pewawancara,
      valence,
      legal_pattern: suggestedLegalPattern(r.pertanyaan.type),
      confidential: defaultConfidential(valence) ? 'true' : 'false',
    };
  });
}

/** Columns of `io_stage` for survey rows. */
export const SURVEY_STAGING: readonly StagingColumn[] = [
  col('center_ref', 'text', true),
  col('respondent_ref', 'text', true),
  col('named_ref', 'text', true),
  col('type', 'text', true),
  col('respondent_side', 'text', true),
  col('start_date', 'date', true),
  col('interviewer', 'text'),
  col('valence', 'text', true),
  col('legal_pattern', 'text'),
  col('confidential', 'text', true),
];
