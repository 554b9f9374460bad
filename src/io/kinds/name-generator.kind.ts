import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { interactionPolicy } from '../../interactions/interactions.policy.ts';
import { tr } from '../../shared/i18n.ts';
import { tieActiveOn } from '../../shared/periods.ts';
import { IO_MESSAGES as IO } from '../io.messages.ts';
import type { ImportScope, KindDefinition, RowIssue } from './kind.ts';
import { SURVEY_COLUMNS, SURVEY_STAGING, surveyRowReader } from './name-generator.layout.ts';
import { linkSurveyToProject, unstudiedCenterIssues } from './name-generator-research.ts';
import { closeMatches } from './name-generator-suggest.ts';
import { TIE_MESSAGES as M } from './ties.messages.ts';
import { applyTieRules, countTies, tieOverlapIssues, tieScopeIssues, writeTies } from './ties-checks.ts';
import { resolveEnterprise } from './ties-resolve.ts';

/*
 * A name-generator survey becomes ties in three steps: each row's respondent and named enterprise are
 * resolved within the centre (an unknown name is an error with close matches); each row becomes a tie
 * from → to by the question's direction and passes the interaction rules; rows naming the same pair and
 * type merge into one tie in `io_ties` (start = the earliest interview, `both_parties` when both ends
 * named each other, the interviewers in the evidence notes), which is then checked and written like a
 * row of the tie layout. A tie already recorded and live on the interview date is confirmed, not changed.
 */

/** How evidence notes of survey ties begin (stored data, so in one language). */
const SURVEY_NOTE = 'Survei name generator';

const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

async function resolveRows(db: Db, limit: number): Promise<RowIssue[]> {
  await sql`ALTER TABLE io_stage ADD COLUMN center_id uuid, ADD COLUMN respondent_id uuid,
            ADD COLUMN respondent_count integer NOT NULL DEFAULT 0, ADD COLUMN named_id uuid,
            ADD COLUMN named_count integer NOT NULL DEFAULT 0, ADD COLUMN from_enterprise_id uuid,
            ADD COLUMN to_enterprise_id uuid, ADD COLUMN to_institution_id uuid, ADD COLUMN end_date date`.execute(
    db,
  );
  await sql`UPDATE io_stage s SET center_id = c.id FROM centers c
             WHERE c.external_id = s.center_ref
                OR c.id = CASE WHEN s.center_ref ~* ${UUID_PATTERN} THEN s.center_ref::uuid END`.execute(db);
  await resolveEnterprise(db, 'io_stage', 'respondent_ref', 'respondent_id', 'respondent_count');
  await resolveEnterprise(db, 'io_stage', 'named_ref', 'named_id', 'named_count');
  const { rows } = await sql<{
    sheet: number;
    row_no: number;
    column: string;
    value: string;
    n: number;
    center_id: string | null;
  }>`
    SELECT sheet, row_no, 'sentra' AS column, center_ref AS value, 0 AS n, NULL::uuid AS center_id
      FROM io_stage WHERE center_id IS NULL
    UNION ALL
    SELECT sheet, row_no, 'responden', respondent_ref, respondent_count, center_id FROM io_stage
     WHERE center_id IS NOT NULL AND respondent_id IS NULL
    UNION ALL
    SELECT sheet, row_no, 'nama_disebut', named_ref, named_count, center_id FROM io_stage
     WHERE center_id IS NOT NULL AND named_id IS NULL
     ORDER BY 1, 2 LIMIT ${limit}`.execute(db);
  const members = await memberNames(
    db,
    rows.flatMap((r) => r.center_id ?? []),
  );
  return rows.map((r) => {
    const { value, n } = r;
    let message: string;
    if (r.column === 'sentra') message = tr(IO.centerUnknown, { value });
    else if (n > 1) message = tr(M.nameAmbiguous, { value, count: n });
    else {
      message = tr(r.column === 'responden' ? M.enterpriseNotFound : M.namedNotFound, { value });
      const close = closeMatches(value, members.get(r.center_id ?? '') ?? []);
      if (close.length > 0) message += tr(M.suggestions, { names: close.map((c) => `"${c}"`).join(', ') });
    }
    return { sheet: r.sheet, row: r.row_no, column: r.column, message };
  });
}

/** Names of every enterprise that was ever a member of each centre, for "did you mean". */
async function memberNames(db: Db, centerIds: string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  if (centerIds.length === 0) return names;
  const { rows } = await sql<{ center_id: string; name: string }>`
    SELECT DISTINCT cm.center_id::text AS center_id, e.name FROM center_memberships cm
      JOIN enterprises e ON e.id = cm.enterprise_id WHERE cm.center_id = ANY(${[...new Set(centerIds)]}::uuid[])`.execute(
    db,
  );
  for (const r of rows) names.set(r.center_id, [...(names.get(r.center_id) ?? []), r.name]);
  return names;
}

const HEADERS: Record<string, string> = { fromEnterpriseId: 'responden', toEnterpriseId: 'nama_disebut' };

async function resolve(db: Db, scope: ImportScope, limit: number): Promise<RowIssue[]> {
  const issues = await resolveRows(db, limit);
  await sql`UPDATE io_stage SET
              from_enterprise_id = CASE WHEN respondent_side = 'from' THEN respondent_id ELSE named_id END,
              to_enterprise_id = CASE WHEN respondent_side = 'from' THEN named_id ELSE respondent_id END`.execute(
    db,
  );
  const ready = sql<boolean>`s.from_enterprise_id IS NOT NULL AND s.to_enterprise_id IS NOT NULL`;
  issues.push(...(await applyTieRules(db, 'io_stage', ready, (path) => HEADERS[path] ?? 'pertanyaan')));
  // Evidence notes are stored data: written in one language whatever the importer's, so re-imports match.
  await sql`
    CREATE TEMP TABLE io_ties ON COMMIT DROP AS
    SELECT (array_agg(sheet ORDER BY sheet, row_no))[1] AS sheet, (array_agg(row_no ORDER BY sheet, row_no))[1] AS row_no,
           center_id, from_enterprise_id, to_enterprise_id, NULL::uuid AS to_institution_id, type, valence,
           legal_pattern, min(start_date) AS start_date, NULL::date AS end_date, NULL::text AS frequency,
           NULL::integer AS strength, NULL::text AS volume, 'oral'::text AS formality,
           CASE WHEN count(DISTINCT respondent_id) > 1 THEN 'both_parties' ELSE 'one_party' END AS reported_by,
           'reported'::text AS confidence,
           ${SURVEY_NOTE} || coalesce('; pewawancara: ' || string_agg(DISTINCT interviewer, ', '), '')
             AS evidence_notes,
           bool_or(confidential::boolean) AS confidential, NULL::uuid AS target_id, false AS is_new
      FROM io_stage s WHERE ${ready}
     GROUP BY center_id, from_enterprise_id, to_enterprise_id, type, valence, legal_pattern`.execute(db);
  // An ongoing record of the tie on the (earliest) interview date is the same tie: confirmed, left as it is.
  await sql`
    UPDATE io_ties s SET target_id = i.id FROM interactions i
     WHERE i.archived_at IS NULL AND i.type = s.type AND i.center_id = s.center_id
       AND i.from_enterprise_id = s.from_enterprise_id AND i.to_enterprise_id = s.to_enterprise_id
       AND ${tieActiveOn(sql.ref('s.start_date'), 'i')}`.execute(db);
  await sql`UPDATE io_ties SET is_new = true, target_id = gen_random_uuid() WHERE target_id IS NULL`.execute(
    db,
  );
  issues.push(...(await tieOverlapIssues(db, 'io_ties', scope, limit)));
  issues.push(...(await tieScopeIssues(db, 'io_ties', limit, 'responden')));
  const projectId = scope.settings.researchProjectId;
  if (projectId) issues.push(...(await unstudiedCenterIssues(db, projectId, limit)));
  return issues;
}

/** Name-generator survey rows (respondent, named enterprise, question), merged into ties reported by one party. */
export const nameGeneratorKind: KindDefinition = {
  kind: 'name-generator',
  sheetName: 'survei',
  columns: SURVEY_COLUMNS,
  stagingColumns: SURVEY_STAGING,
  rowReader: async () => surveyRowReader(),
  resolve,
  // A survey only adds ties: one it names that is already recorded is confirmed and left unchanged.
  count: (db) => countTies(db, 'io_ties', []),
  write: (db) => writeTies(db, 'io_ties', []),
  // With a research project, the respondents' questionnaires then become its sources and tie evidence.
  afterWrite: async (db, scope) => {
    const projectId = scope.settings.researchProjectId;
    return projectId ? linkSurveyToProject(db, projectId) : {};
  },
  // The ties surveys recorded, one row each, in this layout (ids for both ends, the type's label as the
  // relation): re-importing the file confirms them and changes nothing.
  exportQuery: (actor) => sql`
    SELECT coalesce(c.external_id, c.id::text) AS sentra, i.from_enterprise_id::text AS responden,
           i.to_enterprise_id::text AS nama_disebut, i.type AS pertanyaan, i.start_date::text AS tanggal_wawancara,
           NULL::text AS pewawancara
      FROM interactions i JOIN centers c ON c.id = i.center_id
     WHERE i.archived_at IS NULL AND i.to_enterprise_id IS NOT NULL
       AND i.evidence_notes LIKE ${`${SURVEY_NOTE}%`} AND ${interactionPolicy.readScope(actor) ?? sql`true`}
     ORDER BY coalesce(c.external_id, c.id::text) COLLATE "C", i.start_date, i.type, i.id`,
};
