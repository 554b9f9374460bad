import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { errors } from '../shared/errors.ts';
import { todayWib } from '../shared/periods.ts';
import { answerProblems } from './answer-rules.ts';
import type { AssessmentResult as ScoredResult } from './assessment.rules.ts';
import { assess, scoreLive } from './assessment.rules.ts';
import type { AssessmentCreate, AssessmentPreview, AssessmentSnapshot } from './assessment.schema.ts';
import {
  findInstitutionForAssessment,
  insertAssessment,
  insertAssessmentIfNew,
  listAssessmentRows,
} from './assessment-store.repo.ts';
import { indicatorView, questionnaireView, resultView } from './assessment-view.ts';
import { liveFacts } from './live-facts.service.ts';
import { QUESTIONNAIRE_VERSION, QUESTIONNAIRES } from './questionnaire.ts';

async function assertInstitution(db: Db, id: string): Promise<void> {
  if (!isUuid(id) || !(await findInstitutionForAssessment(db, id))) throw errors.notFound('institution', id);
}

/** The live indicators of institution `id` today, and the questionnaire to answer. */
export async function previewAssessment(db: Db, id: string): Promise<Omit<AssessmentPreview, 'mayAnswer'>> {
  await assertInstitution(db, id);
  const day = todayWib();
  const live = scoreLive(await liveFacts(db, id, day));
  return {
    institutionId: id,
    assessedOn: day,
    live: live.map((i) => indicatorView(i, new Map())),
    questionnaire: questionnaireView(QUESTIONNAIRE_VERSION),
  };
}

/**
 * Scores the answers with today's live facts and stores the snapshot (answers, facts, breakdown, who,
 * when). Bad answers are a 422 naming each item by its wording; nothing is written then.
 */
export async function recordAssessment(
  db: Db,
  actor: Actor,
  id: string,
  input: AssessmentCreate,
): Promise<AssessmentSnapshot> {
  await assertInstitution(db, id);
  const problems = answerProblems(input.questionnaireVersion, input.answers);
  if (problems.length > 0) throw errors.unprocessable(problems[0]?.message ?? '', problems);
  const day = todayWib();
  const facts = await liveFacts(db, id, day);
  const items = QUESTIONNAIRES[input.questionnaireVersion] ?? [];
  const result = assess(facts, items, input.answers);
  const row = await insertAssessment(db, {
    institution_id: id,
    assessed_on: day,
    assessed_by: actor.kind === 'user' ? actor.userId : null,
    questionnaire_version: input.questionnaireVersion,
    answers: JSON.stringify(input.answers),
    score: result.total,
    tier: result.tier,
    breakdown: JSON.stringify({ ...result, facts }),
  });
  return rowToSnapshot(row);
}

/** The institution's stored assessments, newest first. */
export async function assessmentHistory(db: Db, id: string): Promise<{ items: AssessmentSnapshot[] }> {
  await assertInstitution(db, id);
  return { items: (await listAssessmentRows(db, id)).map(rowToSnapshot) };
}

type SnapshotRow = Awaited<ReturnType<typeof listAssessmentRows>>[number];

function rowToSnapshot(row: SnapshotRow): AssessmentSnapshot {
  return {
    ...resultView(row.breakdown as ScoredResult, row.questionnaire_version),
    id: row.id,
    institutionId: row.institution_id,
    assessedOn: row.assessed_on,
    assessedBy: row.assessed_by,
    questionnaireVersion: row.questionnaire_version,
    answers: row.answers,
  };
}

/**
 * Scores `answers` with the live facts of `day` and stores the snapshot under `snapshotId` unless it
 * exists (the demo's assessments, dated in the past); returns the rows written (0 or 1).
 */
export async function recordAssessmentOn(
  db: Db,
  snapshotId: string,
  institutionId: string,
  day: string,
  answers: Record<string, number>,
): Promise<number> {
  const facts = await liveFacts(db, institutionId, day);
  const result = assess(facts, QUESTIONNAIRES[QUESTIONNAIRE_VERSION] ?? [], answers);
  return insertAssessmentIfNew(db, {
    id: snapshotId,
    institution_id: institutionId,
    assessed_on: day,
    assessed_by: null,
    questionnaire_version: QUESTIONNAIRE_VERSION,
    answers: JSON.stringify(answers),
    score: result.total,
    tier: result.tier,
    breakdown: JSON.stringify({ ...result, facts }),
  });
}
