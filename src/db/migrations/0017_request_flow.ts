import { type Kysely, sql } from 'kysely';

/**
 * What the request flow of issue #18 needs beyond 0014: a centre's choice that its firms' requests pass an
 * officer's review before they are published, the reviewer's note when a request is returned, when a
 * supplier started production, and a failed delivery's report with one statement per side (a breach tie is
 * recorded only after both sides were heard). The tables already carry their audit triggers (0001, 0014).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE centers ADD COLUMN request_review_required boolean NOT NULL DEFAULT false`.execute(
    db,
  );
  await sql`ALTER TABLE partnership_requests ADD COLUMN review_note text`.execute(db);
  await sql`
    ALTER TABLE request_awards
      ADD COLUMN started_at timestamptz,
      ADD COLUMN failure_kind text CHECK (failure_kind IN ('late', 'broken')),
      ADD COLUMN failure_reported_at timestamptz,
      ADD COLUMN failure_reported_by uuid REFERENCES users(id),
      ADD COLUMN poster_statement text,
      ADD COLUMN supplier_statement text`.execute(db);
}

/** Drops the added columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE request_awards
      DROP COLUMN IF EXISTS started_at,
      DROP COLUMN IF EXISTS failure_kind,
      DROP COLUMN IF EXISTS failure_reported_at,
      DROP COLUMN IF EXISTS failure_reported_by,
      DROP COLUMN IF EXISTS poster_statement,
      DROP COLUMN IF EXISTS supplier_statement`.execute(db);
  await sql`ALTER TABLE partnership_requests DROP COLUMN IF EXISTS review_note`.execute(db);
  await sql`ALTER TABLE centers DROP COLUMN IF EXISTS request_review_required`.execute(db);
}
