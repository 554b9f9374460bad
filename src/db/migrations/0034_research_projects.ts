import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Field research (issue #21): the tables of a qualitative project, laid down at once so that the features
 * built on them (projects and consent, documents, the codebook and coding, evidence for ties, survey scales,
 * REFI-QDA exchange) share one model — METHODS.md Part B §6.
 *
 * - A project has members (lead, coder, reader) and the centres it studies; the `projects` scope of an
 *   account names project ids.
 * - Informants carry a pseudonym, never a name; their consent is one row per scope with its dates. A
 *   withdrawal is dated; what it removed is written to the project's event log.
 * - Document text is immutable once a segment exists on it (the service refuses edits); offsets are
 *   half-open [start, end) in Unicode code points, never UTF-16 units or bytes.
 * - Transcript text and attachment bytes sit in their own unaudited tables, so a withdrawal can erase
 *   them for good; a segment stores no copy of its text (the body is immutable once coded).
 * - A segment belongs to its coder and may name the informant speaking (else: the document's informants);
 *   a coding is segment × code. A round groups documents and coders and
 *   is blind while open.
 * - The codebook is the live code tree plus frozen versions (a jsonb snapshot each).
 * - Evidence links a segment to a tie (interactions) as supporting or contradicting it, with the
 *   reporter's perspective.
 * - Survey instruments are versioned lists of Likert items; answers are 1–5.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE research_projects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      description text,
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE research_project_members (
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      role text NOT NULL CHECK (role IN ('lead', 'coder', 'reader')),
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (project_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX research_project_members_user_idx ON research_project_members (user_id)`.execute(db);
  await sql`
    CREATE TABLE research_project_centers (
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      center_id uuid NOT NULL REFERENCES centers(id),
      PRIMARY KEY (project_id, center_id)
    )`.execute(db);

  await sql`
    CREATE TABLE research_informants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      pseudonym text NOT NULL,
      role text NOT NULL,
      center_id uuid REFERENCES centers(id),
      enterprise_id uuid REFERENCES enterprises(id),
      person_id uuid REFERENCES people(id),
      notes text,
      withdrawn_on date,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (project_id, pseudonym)
    )`.execute(db);
  await sql`CREATE INDEX research_informants_enterprise_idx ON research_informants (enterprise_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE research_consents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      informant_id uuid NOT NULL REFERENCES research_informants(id) ON DELETE CASCADE,
      scope text NOT NULL CHECK (scope IN ('interview', 'quotation', 'registry_link', 'sharing')),
      granted_on date NOT NULL,
      withdrawn_on date CHECK (withdrawn_on IS NULL OR withdrawn_on >= granted_on),
      note text,
      recorded_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (informant_id, scope)
    )`.execute(db);

  await sql`
    CREATE TABLE research_documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('interview', 'field_note', 'document')),
      title text NOT NULL,
      held_on date,
      place text,
      language text NOT NULL DEFAULT 'id',
      body_code_points integer NOT NULL CHECK (body_code_points >= 0),
      body_sha256 text NOT NULL,
      source_format text NOT NULL CHECK (source_format IN ('text', 'docx', 'pasted', 'qdpx')),
      original_filename text,
      version integer NOT NULL DEFAULT 1,
      archived_at timestamptz,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX research_documents_project_idx ON research_documents (project_id)`.execute(db);
  // The transcript itself is kept out of the audit trail (a withdrawn informant's words must not survive
  // there); the project's event log says who stored or replaced it.
  await sql`
    CREATE TABLE research_document_texts (
      document_id uuid PRIMARY KEY REFERENCES research_documents(id) ON DELETE CASCADE,
      body text NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE research_document_informants (
      document_id uuid NOT NULL REFERENCES research_documents(id) ON DELETE CASCADE,
      informant_id uuid NOT NULL REFERENCES research_informants(id) ON DELETE CASCADE,
      PRIMARY KEY (document_id, informant_id)
    )`.execute(db);
  await sql`CREATE INDEX research_document_informants_informant_idx ON research_document_informants (informant_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE research_document_interviewers (
      document_id uuid NOT NULL REFERENCES research_documents(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      PRIMARY KEY (document_id, user_id)
    )`.execute(db);
  await sql`
    CREATE TABLE research_attachments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      document_id uuid NOT NULL REFERENCES research_documents(id) ON DELETE CASCADE,
      filename text NOT NULL,
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes >= 0),
      sha256 text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE research_attachment_bytes (
      attachment_id uuid PRIMARY KEY REFERENCES research_attachments(id) ON DELETE CASCADE,
      bytes bytea NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE research_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      parent_id uuid REFERENCES research_codes(id),
      key text,
      name text NOT NULL,
      gloss_en text,
      definition text,
      examples text,
      color text CHECK (color IS NULL OR color ~ '^#[0-9A-Fa-f]{6}$'),
      is_codable boolean NOT NULL DEFAULT true,
      position integer NOT NULL DEFAULT 0,
      version integer NOT NULL DEFAULT 1,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (parent_id IS DISTINCT FROM id),
      UNIQUE (project_id, key)
    )`.execute(db);
  await sql`CREATE INDEX research_codes_project_idx ON research_codes (project_id, parent_id)`.execute(db);
  await sql`
    CREATE TABLE research_codebook_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number >= 1),
      note text,
      snapshot jsonb NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (project_id, number)
    )`.execute(db);

  await sql`
    CREATE TABLE research_rounds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      name text NOT NULL,
      blind boolean NOT NULL DEFAULT true,
      codebook_version_id uuid REFERENCES research_codebook_versions(id),
      opened_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      closed_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE research_round_documents (
      round_id uuid NOT NULL REFERENCES research_rounds(id) ON DELETE CASCADE,
      document_id uuid NOT NULL REFERENCES research_documents(id) ON DELETE CASCADE,
      PRIMARY KEY (round_id, document_id)
    )`.execute(db);
  await sql`
    CREATE TABLE research_round_coders (
      round_id uuid NOT NULL REFERENCES research_rounds(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      PRIMARY KEY (round_id, user_id)
    )`.execute(db);

  await sql`
    CREATE TABLE research_segments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      document_id uuid NOT NULL REFERENCES research_documents(id) ON DELETE CASCADE,
      round_id uuid REFERENCES research_rounds(id) ON DELETE SET NULL,
      coder_id uuid NOT NULL REFERENCES users(id),
      informant_id uuid REFERENCES research_informants(id) ON DELETE SET NULL,
      start_cp integer NOT NULL CHECK (start_cp >= 0),
      end_cp integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (end_cp > start_cp)
    )`.execute(db);
  await sql`CREATE INDEX research_segments_document_idx ON research_segments (document_id, start_cp)`.execute(
    db,
  );
  await sql`
    CREATE TABLE research_codings (
      segment_id uuid NOT NULL REFERENCES research_segments(id) ON DELETE CASCADE,
      code_id uuid NOT NULL REFERENCES research_codes(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (segment_id, code_id)
    )`.execute(db);
  await sql`CREATE INDEX research_codings_code_idx ON research_codings (code_id)`.execute(db);
  await sql`
    CREATE TABLE research_memos (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      target_kind text NOT NULL CHECK (target_kind IN ('project', 'document', 'segment', 'code', 'informant', 'tie')),
      target_id uuid,
      author_id uuid REFERENCES users(id),
      body text NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((target_kind = 'project') = (target_id IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX research_memos_target_idx ON research_memos (project_id, target_kind, target_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE research_tie_evidence (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      segment_id uuid NOT NULL REFERENCES research_segments(id) ON DELETE CASCADE,
      interaction_id uuid NOT NULL REFERENCES interactions(id),
      stance text NOT NULL CHECK (stance IN ('supports', 'contradicts')),
      perspective text NOT NULL CHECK (perspective IN ('ego', 'alter', 'third_party')),
      informant_id uuid REFERENCES research_informants(id) ON DELETE SET NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (segment_id, interaction_id)
    )`.execute(db);
  await sql`CREATE INDEX research_tie_evidence_tie_idx ON research_tie_evidence (interaction_id)`.execute(db);

  await sql`
    CREATE TABLE research_instruments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      scale text NOT NULL,
      number integer NOT NULL DEFAULT 1 CHECK (number >= 1),
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (project_id, scale, number)
    )`.execute(db);
  await sql`
    CREATE TABLE research_instrument_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      instrument_id uuid NOT NULL REFERENCES research_instruments(id) ON DELETE CASCADE,
      position integer NOT NULL,
      key text NOT NULL,
      text_id text NOT NULL,
      text_en text NOT NULL,
      reverse boolean NOT NULL DEFAULT false,
      UNIQUE (instrument_id, key),
      UNIQUE (instrument_id, position)
    )`.execute(db);
  await sql`
    CREATE TABLE research_survey_responses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      instrument_id uuid NOT NULL REFERENCES research_instruments(id) ON DELETE CASCADE,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      informant_id uuid REFERENCES research_informants(id) ON DELETE SET NULL,
      wave text NOT NULL,
      answered_on date NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (instrument_id, enterprise_id, wave)
    )`.execute(db);
  await sql`
    CREATE TABLE research_survey_answers (
      response_id uuid NOT NULL REFERENCES research_survey_responses(id) ON DELETE CASCADE,
      item_id uuid NOT NULL REFERENCES research_instrument_items(id) ON DELETE CASCADE,
      value smallint NOT NULL CHECK (value BETWEEN 1 AND 5),
      PRIMARY KEY (response_id, item_id)
    )`.execute(db);

  await sql`
    CREATE TABLE research_events (
      id bigserial PRIMARY KEY,
      project_id uuid NOT NULL REFERENCES research_projects(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      user_id uuid REFERENCES users(id),
      kind text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb
    )`.execute(db);
  await sql`CREATE INDEX research_events_project_idx ON research_events (project_id, at)`.execute(db);

  for (const table of BY_ID) await addAuditTriggers(db, table, ['id']);
  for (const [table, keys] of BY_KEYS) await addAuditTriggers(db, table, keys);
}

/** Tables keyed by `id`, audited by it. */
const BY_ID = [
  'research_projects',
  'research_informants',
  'research_consents',
  'research_documents',
  'research_attachments',
  'research_codes',
  'research_codebook_versions',
  'research_rounds',
  'research_segments',
  'research_memos',
  'research_tie_evidence',
  'research_instruments',
  'research_instrument_items',
  'research_survey_responses',
] as const;

/** Link tables, audited by their composite keys. */
const BY_KEYS: readonly (readonly [string, readonly string[]])[] = [
  ['research_project_members', ['project_id', 'user_id']],
  ['research_project_centers', ['project_id', 'center_id']],
  ['research_document_informants', ['document_id', 'informant_id']],
  ['research_document_interviewers', ['document_id', 'user_id']],
  ['research_round_documents', ['round_id', 'document_id']],
  ['research_round_coders', ['round_id', 'user_id']],
  ['research_codings', ['segment_id', 'code_id']],
  ['research_survey_answers', ['response_id', 'item_id']],
];

/** Drops the tables, dependants first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'research_events',
    'research_survey_answers',
    'research_survey_responses',
    'research_instrument_items',
    'research_instruments',
    'research_tie_evidence',
    'research_memos',
    'research_codings',
    'research_segments',
    'research_round_coders',
    'research_round_documents',
    'research_rounds',
    'research_codebook_versions',
    'research_codes',
    'research_attachment_bytes',
    'research_attachments',
    'research_document_interviewers',
    'research_document_informants',
    'research_document_texts',
    'research_documents',
    'research_consents',
    'research_informants',
    'research_project_centers',
    'research_project_members',
    'research_projects',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
