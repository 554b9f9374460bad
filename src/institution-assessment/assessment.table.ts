import type { CreatedAt, DateColumn, Id, Json, Numeric } from '../db/column-types.ts';

/** One stored self-assessment of an institution (migration 0028). */
export interface InstitutionAssessmentsTable {
  id: Id;
  institution_id: string;
  assessed_on: DateColumn;
  assessed_by: string | null;
  questionnaire_version: number;
  answers: Json<Record<string, number>>;
  score: Numeric;
  tier: string;
  /** The scored result (`AssessmentResult`) with the live facts it came from. */
  breakdown: Json<unknown>;
  created_at: CreatedAt;
}
