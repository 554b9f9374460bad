import { type Kysely, sql } from 'kysely';

/**
 * A second counter per centre, `view_version`, for the cached bodies of `GET /centers/:id/network` and
 * `/analysis` (src/networks/view/network-cache.ts). `version` (0005) counts changes to what the network is
 * made of; what a reader is shown also depends on names, regions, commodities, coordinates and institution
 * types, and on the data that scope predicates read (a regional officer's reach follows an enterprise's
 * region; a centre manager's follows memberships in *other* centres). Triggers bump `view_version` of every
 * centre where a changed enterprise or institution appears (member, served, or at an end of a tie), so no
 * writer has to remember the cache; statement-level with transition tables, as in 0005.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE center_network_versions ADD COLUMN view_version bigint NOT NULL DEFAULT 0`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION bump_view_versions(centers uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO center_network_versions AS v (center_id, view_version)
      SELECT c, 1 FROM (SELECT DISTINCT unnest(centers) AS c) s WHERE c IS NOT NULL ORDER BY c
      ON CONFLICT (center_id) DO UPDATE SET view_version = v.view_version + 1
    $$`.execute(db);
  // Every centre where one of `ids` (enterprises or institutions) appears.
  await sql`
    CREATE FUNCTION centers_showing(ids uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
      SELECT ARRAY(
        SELECT center_id FROM center_memberships WHERE enterprise_id = ANY(ids)
        UNION SELECT center_id FROM institution_centers WHERE institution_id = ANY(ids)
        UNION SELECT center_id FROM interactions WHERE from_enterprise_id = ANY(ids)
        UNION SELECT center_id FROM interactions WHERE to_enterprise_id = ANY(ids)
        UNION SELECT center_id FROM interactions WHERE to_institution_id = ANY(ids))
    $$`.execute(db);

  // Renames and other edits of the records a network shows (only rows that really changed).
  for (const table of ['enterprises', 'institutions']) {
    await sql`
      CREATE FUNCTION ${sql.raw(`${table}_bump_view`)}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM bump_view_versions(centers_showing(ARRAY(
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n IS DISTINCT FROM o)));
        RETURN NULL;
      END
      $$`.execute(db);
    await sql`
      CREATE TRIGGER view_version_update AFTER UPDATE ON ${sql.table(table)}
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION ${sql.raw(`${table}_bump_view`)}()`.execute(db);
  }

  // Who belongs where also moves scope boundaries: every centre showing the member or institution.
  const touched: Record<string, (rows: string) => string> = {
    center_memberships: (rows) => `SELECT enterprise_id FROM ${rows}`,
    institution_centers: (rows) => `SELECT institution_id FROM ${rows}`,
  };
  for (const [table, select] of Object.entries(touched)) {
    await sql`
      CREATE FUNCTION ${sql.raw(`${table}_bump_view`)}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM bump_view_versions(centers_showing(ARRAY(${sql.raw(select('new_rows'))})));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM bump_view_versions(centers_showing(ARRAY(${sql.raw(select('old_rows'))})));
        ELSE
          PERFORM bump_view_versions(centers_showing(ARRAY(
            ${sql.raw(select('old_rows'))} UNION ${sql.raw(select('new_rows'))})));
        END IF;
        RETURN NULL;
      END
      $$`.execute(db);
    await createTriggers(db, table, `${table}_bump_view`);
  }

  // A centre's regions decide which regional officers reach it.
  await sql`
    CREATE FUNCTION center_regions_bump_view() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM bump_view_versions(ARRAY(SELECT center_id FROM new_rows));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM bump_view_versions(ARRAY(SELECT center_id FROM old_rows));
      ELSE
        PERFORM bump_view_versions(ARRAY(SELECT center_id FROM old_rows UNION SELECT center_id FROM new_rows));
      END IF;
      RETURN NULL;
    END
    $$`.execute(db);
  await createTriggers(db, 'center_regions', 'center_regions_bump_view');
}

async function createTriggers(db: Kysely<unknown>, table: string, fn: string): Promise<void> {
  for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
    const transition =
      op === 'INSERT'
        ? 'NEW TABLE AS new_rows'
        : op === 'DELETE'
          ? 'OLD TABLE AS old_rows'
          : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
    await sql`
      CREATE TRIGGER ${sql.raw(`view_version_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON ${sql.table(table)}
      REFERENCING ${sql.raw(transition)} FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(fn)}()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['center_memberships', 'institution_centers', 'center_regions']) {
    for (const op of ['insert', 'update', 'delete']) {
      await sql`DROP TRIGGER IF EXISTS ${sql.raw(`view_version_${op}`)} ON ${sql.table(table)}`.execute(db);
    }
  }
  for (const table of ['enterprises', 'institutions']) {
    await sql`DROP TRIGGER IF EXISTS view_version_update ON ${sql.table(table)}`.execute(db);
  }
  for (const table of [
    'enterprises',
    'institutions',
    'center_memberships',
    'institution_centers',
    'center_regions',
  ]) {
    await sql`DROP FUNCTION IF EXISTS ${sql.raw(`${table}_bump_view`)}()`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS centers_showing(uuid[])`.execute(db);
  await sql`DROP FUNCTION IF EXISTS bump_view_versions(uuid[])`.execute(db);
  await sql`ALTER TABLE center_network_versions DROP COLUMN IF EXISTS view_version`.execute(db);
}
