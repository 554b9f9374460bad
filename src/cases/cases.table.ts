import type { Generated } from 'kysely';
import type {
  CreatedAt,
  DateColumn,
  Id,
  NullableDate,
  NullableTimestamp,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';

/** A conflict case (migration 0023); `reported_by` is null for anonymous reports, which keep only a code hash. */
export interface ConflictCasesTable {
  id: Id;
  center_id: string;
  type: string;
  severity: string;
  reporter_role: string;
  reported_by: string | null;
  follow_up_hash: string | null;
  title: string;
  description: string;
  status: Generated<string>;
  mediator_role: string | null;
  referral: string | null;
  confidentiality: Generated<string>;
  allows_research: Generated<boolean>;
  outcome: string | null;
  agreement_text: string | null;
  agreed_on: NullableDate;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One party of a case: exactly one of an enterprise, a person or an institution. */
export interface ConflictCasePartiesTable {
  id: Id;
  case_id: string;
  side: string;
  enterprise_id: string | null;
  person_id: string | null;
  institution_id: string | null;
}

/** A conflict tie (interaction) the case is about. */
export interface ConflictCaseTiesTable {
  case_id: string;
  interaction_id: string;
}

/** An evidence item; `sha256` computed by the server for an uploaded file, else as given. */
export interface ConflictCaseEvidenceTable {
  id: Id;
  case_id: string;
  kind: string;
  description: string;
  captured_on: DateColumn;
  sha256: string | null;
  /** SHA-256 of the stored bytes: an image is re-encoded without metadata (migration 0032), a PDF kept as sent. */
  stored_sha256: string | null;
  media_type: string | null;
  byte_size: number | null;
  verification: Generated<string>;
  verification_note: string | null;
  verified_by: string | null;
  verified_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** The bytes of an uploaded evidence file. */
export interface ConflictCaseFilesTable {
  evidence_id: string;
  bytes: Buffer;
}

/** A mediation session held for the case. */
export interface ConflictCaseSessionsTable {
  id: Id;
  case_id: string;
  held_on: DateColumn;
  place: string;
  mediator_role: string;
  attendees: string;
  notes: string | null;
  created_at: CreatedAt;
}

/** One commitment of the agreement: who does what by when, later marked kept or missed. */
export interface ConflictCaseCommitmentsTable {
  id: Id;
  case_id: string;
  who: string;
  what: string;
  due_on: DateColumn;
  state: Generated<string>;
  marked_at: NullableTimestamp;
  created_at: CreatedAt;
}

/** Information added to a case: by the anonymous reporter (through the code) or by a handler. */
export interface ConflictCaseNotesTable {
  id: Id;
  case_id: string;
  from_reporter: boolean;
  text: string;
  created_at: CreatedAt;
}

/** One status move of a case (migration 0032): the report itself has no `from_status`. */
export interface ConflictCaseMovesTable {
  id: Id;
  case_id: string;
  from_status: string | null;
  to_status: string;
  moved_by: string | null;
  moved_by_role: string | null;
  note: string | null;
  moved_at: CreatedAt;
}
