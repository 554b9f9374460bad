import {
  type FormQuestion,
  QUESTIONNAIRE_FORMS,
  QUESTIONNAIRE_KIND,
} from '../../field/kobo/form-questionnaires.ts';
import { AppError } from '../../shared/errors.ts';
import { tr } from '../../shared/i18n.ts';
import type { Cell } from '../cells.ts';
import type { ImportError, ImportKind } from '../io.schema.ts';
import { SURVEY_COLUMNS } from '../kinds/name-generator.layout.ts';
import type { RawTableRow, TableRows } from '../read-table.ts';
import { classifyColumn, type ExportColumn, isRepeatSheet } from './export-header.ts';
import { KOBO_MESSAGES as M } from './kobo.messages.ts';

/*
 * Turns a KoboToolbox or ODK Central export of a generated form into rows of the import layout, keeping
 * the export's row numbers: a name-generator submission becomes one survey row per firm named for each
 * question, a profile submission one enterprise row. A submission whose id (`_uuid`, `instanceID`, `KEY`)
 * was already read is skipped, so an export that lists a submission twice imports it once; importing the
 * same export again adds nothing because the layouts' own writes confirm what is stored.
 */

/** A problem the export reader finds in a cell before the layout reads it. */
export interface ExportProblem {
  sheet: number;
  row: number;
  column: string;
  message: string;
}

/** The rows of an export in the layout's shape, what it found wrong, and the export's own column names. */
export interface ExportRows extends TableRows {
  readonly problems: ExportProblem[];
  /** Error rows named by the export's own columns (`ikatan/maklun_taken`) instead of the layout's. */
  relabel(errors: ImportError[]): ImportError[];
}

/** Which questionnaire's export an import kind reads; throws for a kind without one. */
function questionsOf(kind: ImportKind): { form: string; questions: readonly FormQuestion[] } {
  for (const [form, formKind] of Object.entries(QUESTIONNAIRE_KIND)) {
    if (formKind === kind)
      return { form, questions: QUESTIONNAIRE_FORMS[form as keyof typeof QUESTIONNAIRE_KIND] };
  }
  throw new AppError('unprocessable', tr(M.noForm), [{ path: 'tool', message: tr(M.noForm) }]);
}

/** Wraps an export's rows (`table`) for the import of `kind`; at most `maxRows` rows come out. */
export function exportRows(table: TableRows, kind: ImportKind, maxRows: number): ExportRows {
  const { form, questions } = questionsOf(kind);
  const problems: ExportProblem[] = [];
  const sources = new Map<string, Set<string>>();
  const note = (row: number, column: string, header: string) => {
    const key = `${row}\u0000${column}`;
    const set = sources.get(key) ?? new Set<string>();
    set.add(header);
    sources.set(key, set);
  };
  async function* rows(): AsyncGenerator<RawTableRow> {
    const seen = new Set<string>();
    let columns: ExportColumn[] | undefined;
    let headers: string[] = [];
    let layout: string[] = [];
    let sheet = -1;
    let out = 0;
    for await (const raw of table) {
      if (raw.sheet !== sheet) {
        sheet = raw.sheet;
        columns = undefined;
      }
      if (!columns) {
        headers = raw.cells.map((c) => (c === undefined ? '' : String(c)));
        // Kobo writes the submissions on the first sheet and each repeat group on a sheet of its own.
        if (sheet > 0 || isRepeatSheet(headers)) {
          columns = [];
          layout = [];
          continue;
        }
        columns = headers.map((h) => (h === '' ? { role: 'ignored' } : classifyColumn(h, questions)));
        const unknown = headers.filter((_, i) => columns?.[i]?.role === 'unknown');
        if (unknown.length > 0) {
          // The first ten name the problem; a file of another form may have hundreds.
          const message = tr(M.unknownColumns, { columns: unknown.slice(0, 10).join(', '), form });
          throw new AppError('unprocessable', message, [{ path: 'header', message }]);
        }
        layout = layoutHeaders(kind, columns);
        yield { sheet: 0, sheetName: raw.sheetName, rowNumber: raw.rowNumber, cells: layout };
        continue;
      }
      if (layout.length === 0) continue;
      const submission = readSubmission(raw, columns, headers, problems);
      if (submission.id) {
        if (seen.has(submission.id)) continue;
        seen.add(submission.id);
      }
      for (const cells of layoutRows(kind, submission, raw.rowNumber, note)) {
        out += 1;
        if (out > maxRows) {
          throw new AppError('unprocessable', tr(M.tooManyRows, { limit: maxRows }));
        }
        yield {
          sheet: 0,
          sheetName: raw.sheetName,
          rowNumber: raw.rowNumber,
          cells: layout.map((h) => cells[h]),
        };
      }
    }
  }
  return {
    [Symbol.asyncIterator]: () => rows(),
    close: () => table.close(),
    problems,
    relabel: (errors) =>
      errors.map((error) => {
        const named = sources.get(`${error.row}\u0000${error.column}`);
        return named ? { ...error, column: [...named].join(', ') } : error;
      }),
  };
}

/** One submission as read: its id, when it arrived, each answer and the choices of split selects. */
interface Submission {
  id?: string;
  submitted?: string;
  answers: Map<FormQuestion, { value: Cell; header: string }>;
  chosen: Map<FormQuestion, { choices: string[]; headers: string[] }>;
}

function readSubmission(
  raw: RawTableRow,
  columns: readonly ExportColumn[],
  headers: readonly string[],
  problems: ExportProblem[],
): Submission {
  const submission: Submission = { answers: new Map(), chosen: new Map() };
  columns.forEach((column, i) => {
    const value = raw.cells[i];
    const header = headers[i] ?? '';
    if (value === undefined || String(value).trim() === '') return;
    if (column.role === 'id')
      submission.id ??= String(value)
        .trim()
        .replace(/^uuid:/, '');
    else if (column.role === 'submitted') submission.submitted ??= String(value).trim();
    else if (column.role === 'answer') submission.answers.set(column.question, { value, header });
    else if (column.role === 'choice') {
      const flag = String(value).trim().toLowerCase();
      if (!['1', '0', 'true', 'false'].includes(flag)) {
        problems.push({
          sheet: 0,
          row: raw.rowNumber,
          column: header,
          message: tr(M.notChoiceFlag, { value: String(value) }),
        });
        return;
      }
      if (flag !== '1' && flag !== 'true') return;
      const entry = submission.chosen.get(column.question) ?? { choices: [], headers: [] };
      entry.choices.push(column.choice);
      entry.headers.push(header);
      submission.chosen.set(column.question, entry);
    }
  });
  return submission;
}

/** The layout headers an export fills: the survey's own, or the profile columns the export has. */
function layoutHeaders(kind: ImportKind, columns: readonly ExportColumn[]): string[] {
  if (kind === 'name-generator') return SURVEY_COLUMNS.map((c) => c.header);
  const present = new Set<string>();
  for (const c of columns) if (c.role === 'answer' || c.role === 'choice') present.add(c.question.column);
  return [...present];
}

type Note = (row: number, column: string, header: string) => void;

/** The layout rows of one submission, cells keyed by layout header. */
function* layoutRows(
  kind: ImportKind,
  s: Submission,
  row: number,
  note: Note,
): Generator<Record<string, Cell>> {
  const base: Record<string, Cell> = {};
  for (const [question, { value, header }] of s.answers) {
    if (question.type === 'members') continue;
    base[question.column] = value;
    note(row, question.column, header);
  }
  if (kind !== 'name-generator') {
    yield base;
    return;
  }
  // Collect and Enketo fill the interview date by default; a blank one is the day the submission arrived.
  if (base.tanggal_wawancara === undefined && s.submitted) base.tanggal_wawancara = s.submitted.slice(0, 10);
  const questions = new Set([...s.answers.keys(), ...s.chosen.keys()].filter((q) => q.type === 'members'));
  for (const question of questions) {
    const answer = s.answers.get(question);
    const split = s.chosen.get(question);
    const named = new Set([...(answer ? namesIn(String(answer.value)) : []), ...(split?.choices ?? [])]);
    for (const header of [...(answer ? [answer.header] : []), ...(split?.headers ?? [])]) {
      note(row, 'nama_disebut', header);
      note(row, 'pertanyaan', header);
    }
    for (const name of named) yield { ...base, nama_disebut: name, pertanyaan: question.name };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The firms one answer names: a select-multiple's space-separated choice names (member ids), or, in a
 * form made without a member list, names typed one per line or separated by `;`.
 */
function namesIn(value: string): string[] {
  const tokens = value.trim().split(/\s+/);
  if (tokens.every((t) => UUID.test(t))) return tokens;
  return value
    .split(/[;\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
