import { type Kysely, sql } from 'kysely';

/**
 * Archiving or restoring an institution changes the networks of the centres it is part of: a centre's
 * network shows the institutions serving it only while they are not archived, and institutional coverage
 * counts their memberships only then (src/center-analysis). 0005 bumps `center_network_versions` on the
 * tables that say who serves whom, but not on `institutions` itself, so stored analyses stayed "current"
 * after an archive. This statement-level trigger bumps every centre the institution serves or has a tie
 * in, and only when `archived_at` flips between set and unset (renaming an institution changes no network).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION institutions_archive_bump_network() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM bump_network_versions(ARRAY(
        WITH flipped AS (
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE (n.archived_at IS NULL) <> (o.archived_at IS NULL)
        )
        SELECT ic.center_id FROM institution_centers ic JOIN flipped f ON f.id = ic.institution_id
        UNION
        SELECT i.center_id FROM interactions i JOIN flipped f ON f.id = i.to_institution_id
      ));
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER network_version_archive AFTER UPDATE ON institutions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION institutions_archive_bump_network()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS network_version_archive ON institutions`.execute(db);
  await sql`DROP FUNCTION IF EXISTS institutions_archive_bump_network()`.execute(db);
}
