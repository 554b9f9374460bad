import { type Kysely, sql } from 'kysely';

/**
 * Announcements that let each server process remember values between requests (src/db/notice-cache.ts):
 *  - `simpul_identity`, with the user's id: every change that can end or alter who a session or API token
 *    stands for — a revocation, a new expiry, a user's role, e-mail, scopes, data access or deactivation;
 *  - `simpul_network`, with the centre's id: every new network or view version of a centre (0005, 0008 keep
 *    them in `center_network_versions`; centres are archived, never deleted).
 * Row triggers: PostgreSQL folds repeated notices of one transaction into one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // TG_ARGV[0]: the channel; TG_ARGV[1]: the column holding the id to announce.
  await sql`
    CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify(TG_ARGV[0],
        to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[1]);
      RETURN NULL;
    END $$`.execute(db);
  const triggers = [
    [
      'users',
      'UPDATE OF role, email, active, personal_data_access, password_hash OR DELETE',
      'identity',
      'id',
    ],
    ['user_scopes', 'INSERT OR UPDATE OR DELETE', 'identity', 'user_id'],
    ['sessions', 'UPDATE OF revoked_at, expires_at OR DELETE', 'identity', 'user_id'],
    ['api_tokens', 'UPDATE OF revoked_at, expires_at, access OR DELETE', 'identity', 'user_id'],
    ['center_network_versions', 'INSERT OR UPDATE OR DELETE', 'network', 'center_id'],
  ] as const;
  for (const [table, events, channel, column] of triggers) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_${channel}_notice`)} AFTER ${sql.raw(events)} ON ${sql.raw(table)}
      FOR EACH ROW EXECUTE FUNCTION notify_change(${sql.lit(`simpul_${channel}`)}, ${sql.lit(column)})`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const triggers = [
    ['users', 'identity'],
    ['user_scopes', 'identity'],
    ['sessions', 'identity'],
    ['api_tokens', 'identity'],
    ['center_network_versions', 'network'],
  ];
  for (const [table, channel] of triggers) {
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_${channel}_notice`)} ON ${sql.raw(table as string)}`.execute(
      db,
    );
  }
  await sql`DROP FUNCTION IF EXISTS notify_change()`.execute(db);
}
