import { sql } from 'kysely';
import { currentActor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { type QuestionnaireAnswer, recordQuestionnaires } from '../../research/questionnaire.service.ts';
import { tr } from '../../shared/i18n.ts';
import type { ImportReport } from '../io.schema.ts';
import type { RowIssue } from './kind.ts';
import { TYPE_LABELS } from './ties-labels.ts';

/*
 * A name-generator survey imported into a research project (`researchProjectId`): its rows must be of
 * centres the project studies, and once the ties are written each respondent's questionnaire becomes a
 * source of the project with tie evidence (`recordQuestionnaires`). The importer was checked to be a coder
 * or lead of the project before the import began (`checkResearchTarget`).
 */

const NOT_STUDIED = {
  id: 'Sentra ini tidak termasuk sentra yang diteliti proyek penelitian yang dipilih.',
  en: 'This centre is not one the chosen research project studies.',
};

/** Rows whose centre the project does not study (at most `limit`). */
export async function unstudiedCenterIssues(db: Db, projectId: string, limit: number): Promise<RowIssue[]> {
  const { rows } = await sql<{ sheet: number; row_no: number }>`
    SELECT sheet, row_no FROM io_stage s
     WHERE s.center_id IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM research_project_centers pc
        WHERE pc.project_id = ${projectId}::uuid AND pc.center_id = s.center_id)
     ORDER BY sheet, row_no LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({ sheet: r.sheet, row: r.row_no, column: 'sentra', message: tr(NOT_STUDIED) }));
}

/** Records the written survey's questionnaires in the project; answers what it did for the report. */
export async function linkSurveyToProject(
  db: Db,
  projectId: string,
): Promise<Pick<ImportReport, 'research'>> {
  const { rows } = await sql<{
    respondent_id: string;
    center_id: string;
    interviewed_on: string;
    interviewer: string | null;
    type: keyof typeof TYPE_LABELS;
    named_ref: string;
    interaction_id: string;
  }>`
    SELECT s.respondent_id, s.center_id, s.start_date::text AS interviewed_on, s.interviewer, s.type,
           s.named_ref, t.target_id AS interaction_id
      FROM io_stage s
      JOIN io_ties t ON t.center_id = s.center_id AND t.from_enterprise_id = s.from_enterprise_id
                    AND t.to_enterprise_id = s.to_enterprise_id AND t.type = s.type
                    AND t.valence = s.valence AND t.legal_pattern IS NOT DISTINCT FROM s.legal_pattern
     ORDER BY s.sheet, s.row_no`.execute(db);
  const answers: QuestionnaireAnswer[] = rows.map((r) => ({
    respondentId: r.respondent_id,
    centerId: r.center_id,
    interviewedOn: r.interviewed_on,
    interviewer: r.interviewer,
    question: TYPE_LABELS[r.type] ?? r.type,
    named: r.named_ref,
    interactionId: r.interaction_id,
  }));
  return { research: await recordQuestionnaires(db, currentActor(), projectId, answers) };
}
