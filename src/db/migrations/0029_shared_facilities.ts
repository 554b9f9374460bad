import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Shared facilities (issue #20, point 2): a centre's UPT, kiln, IPAL, showroom or machine pool, the
 * whole-day bookings of its member firms and the days it was used. Two live bookings of one facility
 * never overlap: an exclusion constraint on the booked days (btree_gist gives uuid its `=` in a GiST
 * index; the extension is trusted and ships with both the embedded PostgreSQL and Debian's), so two
 * requests racing for the same days cannot both commit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS btree_gist`.execute(db);
  await sql`
    CREATE TABLE facilities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL REFERENCES centers(id),
      kind text NOT NULL CHECK (kind IN ('upt', 'kiln', 'wastewater_plant', 'showroom', 'machine_pool', 'other')),
      name text NOT NULL,
      institution_id uuid REFERENCES institutions(id),
      capacity numeric CHECK (capacity IS NULL OR capacity > 0),
      capacity_unit text,
      open_weekdays smallint[] NOT NULL DEFAULT '{1,2,3,4,5}',
      closed_dates date[] NOT NULL DEFAULT '{}',
      funded_by text,
      built_year smallint,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      notes text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX facilities_center_idx ON facilities (center_id)`.execute(db);
  await sql`
    CREATE TABLE facility_bookings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      facility_id uuid NOT NULL REFERENCES facilities(id),
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      purpose text,
      used boolean,
      cancelled_at timestamptz,
      booked_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT facility_bookings_no_overlap EXCLUDE USING gist (
        facility_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&
      ) WHERE (cancelled_at IS NULL)
    )`.execute(db);
  await sql`CREATE INDEX facility_bookings_enterprise_idx ON facility_bookings (enterprise_id)`.execute(db);
  await sql`
    CREATE TABLE facility_walk_ins (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      facility_id uuid NOT NULL REFERENCES facilities(id),
      used_on date NOT NULL,
      enterprise_id uuid REFERENCES enterprises(id),
      note text,
      recorded_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX facility_walk_ins_facility_idx ON facility_walk_ins (facility_id, used_on)`.execute(
    db,
  );
  for (const table of ['facilities', 'facility_bookings', 'facility_walk_ins']) {
    await addAuditTriggers(db, table, ['id']);
  }
}

/** Drops the tables, children first (the extension stays: other schemas may use it). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['facility_walk_ins', 'facility_bookings', 'facilities']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
