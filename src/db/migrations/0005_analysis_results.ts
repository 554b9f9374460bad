import { type Kysely, sql } from 'kysely';

/**
 * Stored centre analyses and the counter that says when they are stale (issue 3, deliverable 5).
 *
 * `center_network_versions.version` goes up by one in every statement that changes what a centre's
 * network is made of: its ties (`interactions`, old and new centre of a moved tie), its memberships, the
 * memberships of the institutions serving it, and which institutions serve it. Statement-level triggers
 * with transition tables keep that to one small upsert per statement, so a bulk import of a million ties
 * costs one grouped insert, not a million. A stored analysis is current when it was computed at the
 * version the centre has now (and by the same analysis version and parameters); reading one number
 * replaces comparing counts and timestamps, which misses a delete paired with an update.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE center_network_versions (
      center_id uuid PRIMARY KEY REFERENCES centers(id) ON DELETE CASCADE,
      version bigint NOT NULL DEFAULT 0
    )`.execute(db);
  await sql`
    CREATE TABLE center_analyses (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      center_id uuid NOT NULL REFERENCES centers(id) ON DELETE CASCADE,
      at date,
      network_version bigint NOT NULL,
      analysis_version integer NOT NULL,
      parameters jsonb NOT NULL,
      result jsonb NOT NULL,
      computed_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  // One stored result per centre and date; a null date (every tie ever) is one key too (PostgreSQL 13
  // has no NULLS NOT DISTINCT, hence the expression).
  await sql`
    CREATE UNIQUE INDEX center_analyses_key ON center_analyses (center_id, (COALESCE(at, 'infinity'::date)))`.execute(
    db,
  );

  await sql`
    CREATE FUNCTION bump_network_versions(centers uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO center_network_versions AS v (center_id, version)
      SELECT c, 1 FROM (SELECT DISTINCT unnest(centers) AS c) s WHERE c IS NOT NULL ORDER BY c
      ON CONFLICT (center_id) DO UPDATE SET version = v.version + 1
    $$`.execute(db);

  // The centres touched by a statement on each table, read from its transition tables.
  const touched: Record<string, (rows: string) => string> = {
    interactions: (rows) => `SELECT center_id FROM ${rows}`,
    center_memberships: (rows) => `SELECT center_id FROM ${rows}`,
    institution_centers: (rows) => `SELECT center_id FROM ${rows}`,
    institution_memberships: (rows) =>
      `SELECT ic.center_id FROM ${rows} r JOIN institution_centers ic ON ic.institution_id = r.institution_id`,
  };
  for (const [table, select] of Object.entries(touched)) {
    await sql`
      CREATE FUNCTION ${sql.raw(`${table}_bump_network`)}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM bump_network_versions(ARRAY(${sql.raw(select('new_rows'))}));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM bump_network_versions(ARRAY(${sql.raw(select('old_rows'))}));
        ELSE
          PERFORM bump_network_versions(ARRAY(${sql.raw(select('old_rows'))} UNION ${sql.raw(select('new_rows'))}));
        END IF;
        RETURN NULL;
      END
      $$`.execute(db);
    for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
      const transition =
        op === 'INSERT'
          ? 'NEW TABLE AS new_rows'
          : op === 'DELETE'
            ? 'OLD TABLE AS old_rows'
            : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await sql`
        CREATE TRIGGER ${sql.raw(`network_version_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON ${sql.table(table)}
        REFERENCING ${sql.raw(transition)} FOR EACH STATEMENT
        EXECUTE FUNCTION ${sql.raw(`${table}_bump_network`)}()`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'interactions',
    'center_memberships',
    'institution_centers',
    'institution_memberships',
  ]) {
    for (const op of ['insert', 'update', 'delete']) {
      await sql`DROP TRIGGER IF EXISTS ${sql.raw(`network_version_${op}`)} ON ${sql.table(table)}`.execute(
        db,
      );
    }
    await sql`DROP FUNCTION IF EXISTS ${sql.raw(`${table}_bump_network`)}()`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS bump_network_versions(uuid[])`.execute(db);
  await sql`DROP TABLE IF EXISTS center_analyses`.execute(db);
  await sql`DROP TABLE IF EXISTS center_network_versions`.execute(db);
}
