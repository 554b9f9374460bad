import type { ColumnType, Generated } from 'kysely';
import type {
  CreatedAt,
  DateColumn,
  Id,
  Json,
  NullableDate,
  NullableTimestamp,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';

/** The rows of a field-research project (migration 0034; METHODS.md Part B §6). */

export type ProjectRole = 'lead' | 'coder' | 'reader';
export type ConsentScope = 'interview' | 'quotation' | 'registry_link' | 'sharing';
export type DocumentKind = 'interview' | 'field_note' | 'document';
export type DocumentSourceFormat = 'text' | 'docx' | 'pasted' | 'qdpx';
export type MemoTargetKind = 'project' | 'document' | 'segment' | 'code' | 'informant' | 'tie';
export type EvidenceStance = 'supports' | 'contradicts';
export type EvidencePerspective = 'ego' | 'alter' | 'third_party';

export interface ResearchProjectsTable {
  id: Id;
  name: string;
  description: string | null;
  created_by: string | null;
  version: Version;
  archived_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ResearchProjectMembersTable {
  project_id: string;
  user_id: string;
  role: ProjectRole;
  added_at: CreatedAt;
}

export interface ResearchProjectCentersTable {
  project_id: string;
  center_id: string;
}

/** An informant, known by a pseudonym only; `withdrawn_on` is set when they withdraw from the study. */
export interface ResearchInformantsTable {
  id: Id;
  project_id: string;
  pseudonym: string;
  role: string;
  center_id: string | null;
  enterprise_id: string | null;
  person_id: string | null;
  notes: string | null;
  withdrawn_on: NullableDate;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One consent scope of an informant, granted on a day and perhaps withdrawn later. */
export interface ResearchConsentsTable {
  id: Id;
  informant_id: string;
  scope: ConsentScope;
  granted_on: DateColumn;
  withdrawn_on: NullableDate;
  note: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

/** An interview, field note or document; its text is in `research_document_texts`. */
export interface ResearchDocumentsTable {
  id: Id;
  project_id: string;
  kind: DocumentKind;
  title: string;
  held_on: NullableDate;
  place: string | null;
  language: ColumnType<string, string | undefined, string>;
  /** Length of the body in Unicode code points (the unit of every offset). */
  body_code_points: number;
  body_sha256: string;
  source_format: DocumentSourceFormat;
  original_filename: string | null;
  version: Version;
  archived_at: NullableTimestamp;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** The transcript text (unaudited, so a withdrawal can erase it). */
export interface ResearchDocumentTextsTable {
  document_id: string;
  body: string;
}

export interface ResearchDocumentInformantsTable {
  document_id: string;
  informant_id: string;
}

export interface ResearchDocumentInterviewersTable {
  document_id: string;
  user_id: string;
}

/** A file attached to a document (audio, scans); stored, not transcribed. */
export interface ResearchAttachmentsTable {
  id: Id;
  document_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ResearchAttachmentBytesTable {
  attachment_id: string;
  bytes: Buffer;
}

/** A node of the project's code tree; `is_codable` false for themes. */
export interface ResearchCodesTable {
  id: Id;
  project_id: string;
  parent_id: string | null;
  /** A stable key for seeded codes (`partnership.maklun`), null for codes users add. */
  key: string | null;
  name: string;
  gloss_en: string | null;
  definition: string | null;
  examples: string | null;
  color: string | null;
  is_codable: ColumnType<boolean, boolean | undefined, boolean>;
  position: ColumnType<number, number | undefined, number>;
  version: Version;
  archived_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A frozen copy of the code tree. */
export interface ResearchCodebookVersionsTable {
  id: Id;
  project_id: string;
  number: number;
  note: string | null;
  snapshot: Json<unknown>;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A coding round: documents × coders, blind while open. */
export interface ResearchRoundsTable {
  id: Id;
  project_id: string;
  name: string;
  blind: ColumnType<boolean, boolean | undefined, boolean>;
  codebook_version_id: string | null;
  opened_at: CreatedAt;
  closed_at: NullableTimestamp;
  closed_by: string | null;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ResearchRoundDocumentsTable {
  round_id: string;
  document_id: string;
}

export interface ResearchRoundCodersTable {
  round_id: string;
  user_id: string;
}

/** A coder's span [start_cp, end_cp) of a document, in code points. */
export interface ResearchSegmentsTable {
  id: Id;
  document_id: string;
  round_id: string | null;
  coder_id: string;
  /** The informant speaking, when the document has several; null: the document's informants. */
  informant_id: string | null;
  start_cp: number;
  end_cp: number;
  created_at: CreatedAt;
}

export interface ResearchCodingsTable {
  segment_id: string;
  code_id: string;
  created_at: CreatedAt;
}

export interface ResearchMemosTable {
  id: Id;
  project_id: string;
  target_kind: MemoTargetKind;
  target_id: string | null;
  author_id: string | null;
  body: string;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A coded segment supporting or contradicting a tie, from whose side it was told. */
export interface ResearchTieEvidenceTable {
  id: Id;
  segment_id: string;
  interaction_id: string;
  stance: EvidenceStance;
  perspective: EvidencePerspective;
  informant_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A version of one survey scale (DOMAIN.md §7.4). */
export interface ResearchInstrumentsTable {
  id: Id;
  project_id: string;
  scale: string;
  number: ColumnType<number, number | undefined, number>;
  name: string;
  created_at: CreatedAt;
}

export interface ResearchInstrumentItemsTable {
  id: Id;
  instrument_id: string;
  position: number;
  key: string;
  text_id: string;
  text_en: string;
  reverse: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface ResearchSurveyResponsesTable {
  id: Id;
  instrument_id: string;
  enterprise_id: string;
  informant_id: string | null;
  wave: string;
  /** Unknown (null) when the wave's file gave no date (0036). */
  answered_on: NullableDate;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ResearchSurveyAnswersTable {
  response_id: string;
  item_id: string;
  /** Likert 1–5. */
  value: number;
}

/** The project's append-only log (Taguette's commands): imports, round closes, withdrawals and what they removed. */
export interface ResearchEventsTable {
  id: Generated<string>;
  project_id: string;
  at: CreatedAt;
  user_id: string | null;
  kind: string;
  payload: Json<Record<string, unknown>>;
}
