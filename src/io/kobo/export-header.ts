import type { FormQuestion } from '../../field/kobo/form-questionnaires.ts';

/*
 * What each column of a KoboToolbox or ODK Central export is. Kobo writes a question as `group/name` (or
 * `group-name`, or bare `name`, as the export's group settings say) and a select-multiple's choices,
 * when split, as `group/name/choice` holding 1 or 0; ODK Central writes `group-name`, and `name/choice`
 * when split. Both add their own columns: Kobo `_id`, `_uuid`, `_submission_time`, `_index`…, ODK
 * Central `SubmissionDate`, `KEY`, `meta-instanceID`, `SubmitterName`…; those are read for the
 * submission's id and date, or ignored.
 */

/** What one export column holds. */
export type ExportColumn =
  | { role: 'answer'; question: FormQuestion }
  | { role: 'choice'; question: FormQuestion; choice: string }
  | { role: 'id' }
  | { role: 'submitted' }
  | { role: 'ignored' }
  | { role: 'unknown' };

/** Columns that carry the submission's id (Kobo's `_uuid` is ODK's instanceID without `uuid:`). */
const ID_COLUMNS = new Set(['_uuid', 'meta/instanceid', 'meta-instanceid', 'instanceid', 'key']);
/** Columns that carry when the submission arrived. */
const SUBMITTED_COLUMNS = new Set(['_submission_time', 'submissiondate']);
/** Columns Kobo, ODK Central, Enketo and Collect add that are no question of ours. */
const TOOL_COLUMNS = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'phonenumber',
  'username',
  'email',
  'simserial',
  'subscriberid',
  'audit',
  '_id',
  '_index',
  '_validation_status',
  '_notes',
  '_status',
  '_submitted_by',
  '__version__',
  '_version_',
  '_tags',
  '_xform_id_string',
  '_attachments',
  '_geolocation',
  '_media_all_received',
  '_total_media',
  '_attachments_count',
  'formhub/uuid',
  'instancename',
  'rootuuid',
  'deprecatedid',
  'submitterid',
  'submittername',
  'attachmentspresent',
  'attachmentsexpected',
  'status',
  'reviewstate',
  'edits',
  'formversion',
]);
/** Columns that mark a repeat group's sheet (Kobo XLSX) or file (ODK Central), which our forms never have. */
const REPEAT_COLUMNS = new Set(['_parent_index', '_parent_table_name', 'parent_key']);

/** True when a sheet with these headers holds a repeat group's rows, not submissions. */
export function isRepeatSheet(headers: readonly string[]): boolean {
  return headers.some((h) => REPEAT_COLUMNS.has(h.trim().toLowerCase()));
}

/** Reads one export header against the questions of the form. */
export function classifyColumn(header: string, questions: readonly FormQuestion[]): ExportColumn {
  const h = header.trim();
  const lower = h.toLowerCase();
  if (ID_COLUMNS.has(lower)) return { role: 'id' };
  if (SUBMITTED_COLUMNS.has(lower)) return { role: 'submitted' };
  const meta = lower.replace(/^meta[/-]/, '');
  if (TOOL_COLUMNS.has(lower) || TOOL_COLUMNS.has(meta) || lower.startsWith('_submission_')) {
    return { role: 'ignored' };
  }
  for (const question of questions) {
    const at = answerAt(h, question.name);
    if (at === h.length) return { role: 'answer', question };
    if (at > 0 && (h[at] === '/' || h[at] === '-') && h.length > at + 1) {
      return { role: 'choice', question, choice: h.slice(at + 1) };
    }
  }
  // Kobo's "media URL" columns beside a question: `name_URL`.
  if (/_url$/i.test(h)) return { role: 'ignored' };
  return { role: 'unknown' };
}

/**
 * Where `name` ends in `header` when the header is `name`, `group/name` or `group-name` (optionally
 * followed by `/choice`); 0 when it is not that question's column.
 */
function answerAt(header: string, name: string): number {
  let from = 0;
  while (true) {
    const i = header.indexOf(name, from);
    if (i < 0) return 0;
    const before = i === 0 || header[i - 1] === '/' || header[i - 1] === '-';
    const end = i + name.length;
    const after = end === header.length || header[end] === '/' || header[end] === '-';
    // A group name never follows the question: the first match that ends the path or opens a choice.
    if (before && after) return end;
    from = i + 1;
  }
}
