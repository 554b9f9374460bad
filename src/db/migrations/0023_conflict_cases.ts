import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * Conflict cases (issue #19, point 1; DOMAIN.md §6.4): a case in a centre with its parties, linked conflict
 * ties, evidence (the file bytes in their own unaudited table, so the trail keeps hashes, not megabytes),
 * mediation sessions, an agreement with commitments, and notes added by an anonymous reporter through a
 * follow-up code of which only the SHA-256 is kept. `audit_read` writes one `read` entry to the audit log
 * per read of a case, attributed like a write.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE conflict_cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL REFERENCES centers(id),
      type text NOT NULL,
      severity text NOT NULL CHECK (severity IN (${list(['low', 'medium', 'high'])})),
      reporter_role text NOT NULL
        CHECK (reporter_role IN (${list(['party', 'board', 'dinas', 'researcher', 'anonymous'])})),
      reported_by uuid REFERENCES users(id),
      follow_up_hash text UNIQUE,
      title text NOT NULL,
      description text NOT NULL,
      status text NOT NULL DEFAULT 'reported',
      mediator_role text,
      referral text CHECK (referral IN (${list(['DJKI', 'KPPU', 'court', 'police'])})),
      confidentiality text NOT NULL DEFAULT 'internal'
        CHECK (confidentiality IN (${list(['internal', 'parties', 'dinas_only'])})),
      allows_research boolean NOT NULL DEFAULT false,
      outcome text,
      agreement_text text,
      agreed_on date,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (reporter_role <> 'anonymous' OR reported_by IS NULL)
    )`.execute(db);
  await sql`CREATE INDEX conflict_cases_center_idx ON conflict_cases (center_id, status)`.execute(db);
  await sql`
    CREATE TABLE conflict_case_parties (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES conflict_cases(id) ON DELETE CASCADE,
      side text NOT NULL CHECK (side IN (${list(['complainant', 'respondent', 'other'])})),
      enterprise_id uuid REFERENCES enterprises(id),
      person_id uuid REFERENCES people(id),
      institution_id uuid REFERENCES institutions(id),
      CHECK (num_nonnulls(enterprise_id, person_id, institution_id) = 1)
    )`.execute(db);
  await sql`CREATE INDEX conflict_case_parties_case_idx ON conflict_case_parties (case_id)`.execute(db);
  await sql`CREATE INDEX conflict_case_parties_enterprise_idx ON conflict_case_parties (enterprise_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE conflict_case_ties (
      case_id uuid NOT NULL REFERENCES conflict_cases(id) ON DELETE CASCADE,
      interaction_id uuid NOT NULL REFERENCES interactions(id),
      PRIMARY KEY (case_id, interaction_id)
    )`.execute(db);
  await sql`
    CREATE TABLE conflict_case_evidence (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES conflict_cases(id) ON DELETE CASCADE,
      kind text NOT NULL,
      description text NOT NULL,
      captured_on date NOT NULL,
      sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      media_type text,
      byte_size integer,
      verification text NOT NULL DEFAULT 'unverified'
        CHECK (verification IN (${list(['unverified', 'verified', 'rejected'])})),
      verification_note text,
      verified_by uuid REFERENCES users(id),
      verified_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX conflict_case_evidence_case_idx ON conflict_case_evidence (case_id)`.execute(db);
  await sql`
    CREATE TABLE conflict_case_files (
      evidence_id uuid PRIMARY KEY REFERENCES conflict_case_evidence(id) ON DELETE CASCADE,
      bytes bytea NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE conflict_case_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES conflict_cases(id) ON DELETE CASCADE,
      held_on date NOT NULL,
      place text NOT NULL,
      mediator_role text NOT NULL,
      attendees text NOT NULL,
      notes text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX conflict_case_sessions_case_idx ON conflict_case_sessions (case_id)`.execute(db);
  await sql`
    CREATE TABLE conflict_case_commitments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES conflict_cases(id) ON DELETE CASCADE,
      who text NOT NULL,
      what text NOT NULL,
      due_on date NOT NULL,
      state text NOT NULL DEFAULT 'open' CHECK (state IN (${list(['open', 'kept', 'missed'])})),
      marked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX conflict_case_commitments_case_idx ON conflict_case_commitments (case_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE conflict_case_notes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES conflict_cases(id) ON DELETE CASCADE,
      from_reporter boolean NOT NULL,
      text text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX conflict_case_notes_case_idx ON conflict_case_notes (case_id)`.execute(db);

  await sql`
    CREATE FUNCTION audit_read(entity text, entity_key text, details jsonb) RETURNS void LANGUAGE sql AS $$
      INSERT INTO audit_log (actor_user_id, actor_label, via, session_id, token_id, request_id,
                             action, entity_type, entity_id, after)
      SELECT (a->>'userId')::uuid, a->>'label', a->>'via', a->>'sessionId', (a->>'tokenId')::uuid,
             a->>'requestId', 'read', entity, entity_key, details
        FROM simpul_actor() AS a
    $$`.execute(db);

  for (const [table, ...keys] of AUDITED) await addAuditTriggers(db, table, keys);
}

/** The audited tables and the columns the trail names each row by (file bytes are not copied into it). */
const AUDITED: readonly (readonly [string, ...string[]])[] = [
  ['conflict_cases', 'id'],
  ['conflict_case_parties', 'id'],
  ['conflict_case_ties', 'case_id', 'interaction_id'],
  ['conflict_case_evidence', 'id'],
  ['conflict_case_sessions', 'id'],
  ['conflict_case_commitments', 'id'],
  ['conflict_case_notes', 'id'],
];

/** Drops the tables, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS audit_read(text, text, jsonb)`.execute(db);
  for (const table of [
    'conflict_case_notes',
    'conflict_case_commitments',
    'conflict_case_sessions',
    'conflict_case_files',
    'conflict_case_evidence',
    'conflict_case_ties',
    'conflict_case_parties',
    'conflict_cases',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
