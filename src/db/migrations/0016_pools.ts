import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Joint purchasing pools (issue #18, point 5): a koperasi or paguyuban opens a pool for one material with
 * price tiers by total quantity; members pledge; the board closes it, records the purchase and splits the
 * delivery and cost per member; the split becomes JOINT_PURCHASING ties, linked back in `pool_ties`.
 * Every table people write into gets the statement-level audit triggers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE pools (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      center_id uuid NOT NULL REFERENCES centers(id),
      material text NOT NULL,
      unit text NOT NULL,
      supplier_name text NOT NULL,
      tiers jsonb NOT NULL CHECK (jsonb_typeof(tiers) = 'array' AND jsonb_array_length(tiers) > 0),
      price_alone numeric CHECK (price_alone >= 0),
      closing_date date NOT NULL,
      minimum_total numeric NOT NULL CHECK (minimum_total > 0),
      notes text,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'purchased', 'split', 'cancelled')),
      opened_by uuid REFERENCES users(id),
      closed_at timestamptz,
      cancelled_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX pools_center_idx ON pools (center_id, status)`.execute(db);
  await sql`CREATE INDEX pools_institution_idx ON pools (institution_id, status)`.execute(db);
  await sql`
    CREATE TABLE pool_pledges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pools(id) ON DELETE CASCADE,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      quantity numeric NOT NULL CHECK (quantity > 0),
      pledged_by uuid REFERENCES users(id),
      withdrawn_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (pool_id, enterprise_id)
    )`.execute(db);
  await sql`CREATE INDEX pool_pledges_enterprise_idx ON pool_pledges (enterprise_id)`.execute(db);
  await sql`
    CREATE TABLE pool_purchases (
      pool_id uuid PRIMARY KEY REFERENCES pools(id) ON DELETE CASCADE,
      purchased_on date NOT NULL,
      total_quantity numeric NOT NULL CHECK (total_quantity > 0),
      unit_price numeric NOT NULL CHECK (unit_price >= 0),
      total_cost numeric NOT NULL CHECK (total_cost >= 0),
      recorded_by uuid REFERENCES users(id),
      split_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE pool_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pools(id) ON DELETE CASCADE,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      quantity numeric NOT NULL CHECK (quantity >= 0),
      cost numeric NOT NULL CHECK (cost >= 0),
      UNIQUE (pool_id, enterprise_id)
    )`.execute(db);
  await sql`
    CREATE TABLE pool_ties (
      pool_id uuid NOT NULL REFERENCES pools(id) ON DELETE CASCADE,
      interaction_id uuid NOT NULL REFERENCES interactions(id),
      PRIMARY KEY (pool_id, interaction_id)
    )`.execute(db);

  for (const [table, ...keys] of AUDITED) await addAuditTriggers(db, table, keys);
}

/** The audited tables and the columns the trail names each row by. */
const AUDITED: readonly (readonly [string, ...string[]])[] = [
  ['pools', 'id'],
  ['pool_pledges', 'id'],
  ['pool_purchases', 'pool_id'],
  ['pool_deliveries', 'id'],
  ['pool_ties', 'pool_id', 'interaction_id'],
];

/** Drops the tables, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['pool_ties', 'pool_deliveries', 'pool_purchases', 'pool_pledges', 'pools']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
