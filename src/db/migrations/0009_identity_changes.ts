import { type Kysely, sql } from 'kysely';

/**
 * Every change that can end or alter who a session or API token stands for — a revocation, a new expiry,
 * a user's role, e-mail, scopes, data access or deactivation — is announced on the `simpul_identity`
 * channel with the user's id, so each server process drops what it remembers of that user at once
 * (src/auth/identity-cache.ts). Row triggers: PostgreSQL folds repeated notices of one transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // TG_ARGV[0]: the column holding the user's id (users.id, or user_id elsewhere).
  await sql`
    CREATE FUNCTION notify_identity_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('simpul_identity',
        to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[0]);
      RETURN NULL;
    END $$`.execute(db);
  const triggers = [
    ['users', 'UPDATE OF role, email, active, personal_data_access, password_hash OR DELETE', 'id'],
    ['user_scopes', 'INSERT OR UPDATE OR DELETE', 'user_id'],
    ['sessions', 'UPDATE OF revoked_at, expires_at OR DELETE', 'user_id'],
    ['api_tokens', 'UPDATE OF revoked_at, expires_at, access OR DELETE', 'user_id'],
  ] as const;
  for (const [table, events, column] of triggers) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_identity_change`)} AFTER ${sql.raw(events)} ON ${sql.raw(table)}
      FOR EACH ROW EXECUTE FUNCTION notify_identity_change(${sql.lit(column)})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['users', 'user_scopes', 'sessions', 'api_tokens']) {
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_identity_change`)} ON ${sql.raw(table)}`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS notify_identity_change()`.execute(db);
}
