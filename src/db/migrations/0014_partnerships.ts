import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Micro partnerships (issue #18): the process taxonomy (data, so a Dinas adds a sector without a release),
 * each enterprise's capability profile, and requests for quotation / order sharing with their invitations,
 * answers, question thread, awards and ratings. Pools (joint purchasing) come in their own migration.
 * Every table people write into gets the statement-level audit triggers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE process_sectors (
      code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
      label_id text NOT NULL,
      label_en text NOT NULL,
      sort_order integer NOT NULL DEFAULT 0,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE processes (
      code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}\\.[a-z][a-z0-9_]{1,39}$'),
      sector_code text NOT NULL REFERENCES process_sectors(code),
      label_id text NOT NULL,
      label_en text NOT NULL,
      sort_order integer NOT NULL DEFAULT 0,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX processes_sector_idx ON processes (sector_code, sort_order)`.execute(db);

  await sql`
    CREATE TABLE capability_profiles (
      enterprise_id uuid PRIMARY KEY REFERENCES enterprises(id) ON DELETE CASCADE,
      monthly_capacity numeric CHECK (monthly_capacity > 0),
      capacity_unit text,
      spare_capacity_pct smallint CHECK (spare_capacity_pct BETWEEN 0 AND 100),
      spare_confirmed_on date,
      lead_time_days integer CHECK (lead_time_days >= 0),
      min_order_qty numeric CHECK (min_order_qty > 0),
      accepts_toll boolean NOT NULL DEFAULT false,
      accepts_subcontract boolean NOT NULL DEFAULT false,
      accepts_client_materials boolean NOT NULL DEFAULT false,
      notes text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((monthly_capacity IS NULL) = (capacity_unit IS NULL))
    )`.execute(db);
  await sql`
    CREATE TABLE capability_processes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enterprise_id uuid NOT NULL REFERENCES capability_profiles(enterprise_id) ON DELETE CASCADE,
      process_code text NOT NULL REFERENCES processes(code),
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
      UNIQUE (enterprise_id, process_code)
    )`.execute(db);
  await sql`CREATE INDEX capability_processes_code_idx ON capability_processes (process_code)`.execute(db);
  await sql`
    CREATE TABLE capability_machines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enterprise_id uuid NOT NULL REFERENCES capability_profiles(enterprise_id) ON DELETE CASCADE,
      machine_type text NOT NULL,
      count integer NOT NULL CHECK (count > 0),
      capacity text,
      acquired text NOT NULL CHECK (acquired IN ('own', 'grant', 'shared_facility'))
    )`.execute(db);
  await sql`CREATE INDEX capability_machines_enterprise_idx ON capability_machines (enterprise_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE capability_certifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enterprise_id uuid NOT NULL REFERENCES capability_profiles(enterprise_id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('SNI', 'HALAL', 'PIRT', 'BPOM', 'SVLK', 'HKI', 'TKDN_IK')),
      number text,
      valid_from date,
      valid_until date,
      CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
    )`.execute(db);
  await sql`CREATE INDEX capability_certifications_enterprise_idx ON capability_certifications (enterprise_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE partnership_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      poster_enterprise_id uuid REFERENCES enterprises(id),
      buyer_name text,
      posted_by uuid NOT NULL REFERENCES users(id),
      product text NOT NULL,
      description text,
      process_codes text[] NOT NULL DEFAULT '{}',
      required_certifications text[] NOT NULL DEFAULT '{}',
      quantity numeric NOT NULL CHECK (quantity > 0),
      unit text NOT NULL,
      target_unit_price numeric CHECK (target_unit_price >= 0),
      answer_deadline date NOT NULL,
      delivery_date date NOT NULL,
      tie_type text NOT NULL CHECK (tie_type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING')),
      target_region_code text REFERENCES regions(code),
      visibility text NOT NULL DEFAULT 'targeted' CHECK (visibility IN ('invited', 'targeted')),
      review_required boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN (
        'draft', 'in_review', 'open', 'closed', 'awarded', 'in_production', 'delivered', 'rated', 'cancelled')),
      reviewed_by uuid REFERENCES users(id),
      reviewed_at timestamptz,
      published_at timestamptz,
      closed_at timestamptz,
      awarded_at timestamptz,
      cancelled_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((poster_enterprise_id IS NULL) <> (buyer_name IS NULL)),
      CHECK (delivery_date >= answer_deadline)
    )`.execute(db);
  await sql`CREATE INDEX partnership_requests_status_idx ON partnership_requests (status, answer_deadline)`.execute(
    db,
  );
  await sql`CREATE INDEX partnership_requests_poster_idx ON partnership_requests (poster_enterprise_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE partnership_request_centers (
      request_id uuid NOT NULL REFERENCES partnership_requests(id) ON DELETE CASCADE,
      center_id uuid NOT NULL REFERENCES centers(id),
      PRIMARY KEY (request_id, center_id)
    )`.execute(db);
  await sql`CREATE INDEX partnership_request_centers_center_idx ON partnership_request_centers (center_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE request_invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES partnership_requests(id) ON DELETE CASCADE,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      invited_by uuid NOT NULL REFERENCES users(id),
      invited_at timestamptz NOT NULL DEFAULT now(),
      seen_at timestamptz,
      declined_at timestamptz,
      UNIQUE (request_id, enterprise_id)
    )`.execute(db);
  await sql`CREATE INDEX request_invitations_enterprise_idx ON request_invitations (enterprise_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE request_answers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES partnership_requests(id) ON DELETE CASCADE,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      answered_by uuid NOT NULL REFERENCES users(id),
      unit_price numeric CHECK (unit_price >= 0),
      quantity_offered numeric NOT NULL CHECK (quantity_offered > 0),
      ready_on date NOT NULL,
      note text,
      withdrawn_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (request_id, enterprise_id)
    )`.execute(db);
  await sql`CREATE INDEX request_answers_enterprise_idx ON request_answers (enterprise_id)`.execute(db);
  await sql`
    CREATE TABLE request_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES partnership_requests(id) ON DELETE CASCADE,
      author_user_id uuid NOT NULL REFERENCES users(id),
      author_enterprise_id uuid REFERENCES enterprises(id),
      reply_to uuid REFERENCES request_messages(id),
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX request_messages_request_idx ON request_messages (request_id, created_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE request_awards (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES partnership_requests(id) ON DELETE CASCADE,
      answer_id uuid NOT NULL REFERENCES request_answers(id),
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      quantity numeric NOT NULL CHECK (quantity > 0),
      unit_price numeric CHECK (unit_price >= 0),
      delivery_date date NOT NULL,
      status text NOT NULL DEFAULT 'awarded' CHECK (status IN (
        'awarded', 'in_production', 'delivered', 'failed', 'cancelled')),
      poster_confirmed_at timestamptz,
      supplier_confirmed_at timestamptz,
      delivered_on date,
      failure_reason text,
      interaction_id uuid REFERENCES interactions(id),
      breach_interaction_id uuid REFERENCES interactions(id),
      awarded_by uuid NOT NULL REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (request_id, enterprise_id)
    )`.execute(db);
  await sql`CREATE INDEX request_awards_enterprise_idx ON request_awards (enterprise_id)`.execute(db);
  await sql`
    CREATE TABLE request_ratings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      award_id uuid NOT NULL REFERENCES request_awards(id) ON DELETE CASCADE,
      rater_side text NOT NULL CHECK (rater_side IN ('poster', 'supplier')),
      rated_by uuid NOT NULL REFERENCES users(id),
      on_time smallint NOT NULL CHECK (on_time BETWEEN 1 AND 5),
      quality smallint NOT NULL CHECK (quality BETWEEN 1 AND 5),
      communication smallint NOT NULL CHECK (communication BETWEEN 1 AND 5),
      comment text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (award_id, rater_side)
    )`.execute(db);

  for (const [table, ...keys] of AUDITED) await addAuditTriggers(db, table, keys);
}

/** The audited tables and the columns the trail names each row by. */
const AUDITED: readonly (readonly [string, ...string[]])[] = [
  ['process_sectors', 'code'],
  ['processes', 'code'],
  ['capability_profiles', 'enterprise_id'],
  ['capability_processes', 'id'],
  ['capability_machines', 'id'],
  ['capability_certifications', 'id'],
  ['partnership_requests', 'id'],
  ['request_invitations', 'id'],
  ['request_answers', 'id'],
  ['request_messages', 'id'],
  ['request_awards', 'id'],
  ['request_ratings', 'id'],
];

/** Drops the tables, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'request_ratings',
    'request_awards',
    'request_messages',
    'request_answers',
    'request_invitations',
    'partnership_request_centers',
    'partnership_requests',
    'capability_certifications',
    'capability_machines',
    'capability_processes',
    'capability_profiles',
    'processes',
    'process_sectors',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
