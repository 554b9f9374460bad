import { type Kysely, sql } from 'kysely';

/** Tables written through the registry; each gets statement-level audit triggers. Key columns name a row. */
export const AUDITED_TABLES: Record<string, string[]> = {
  centers: ['id'],
  center_regions: ['center_id', 'region_code'],
  center_figures: ['id'],
  enterprises: ['id'],
  enterprise_year_data: ['enterprise_id', 'year', 'source'],
  people: ['id'],
  person_affiliations: ['person_id', 'enterprise_id', 'institution_id', 'role'],
  institutions: ['id'],
  institution_centers: ['institution_id', 'center_id'],
  institution_challenges: ['id'],
  center_memberships: ['id'],
  institution_memberships: ['id'],
  users: ['id'],
  user_scopes: ['user_id', 'kind', 'ref'],
  api_tokens: ['id'],
};

/**
 * Accounts (users, scopes, sessions, API tokens) and the append-only audit trail.
 *
 * Auditing is done by PostgreSQL itself: AFTER … FOR EACH STATEMENT triggers with transition tables write one
 * audit row per changed row (before/after as jsonb, secrets stripped), whatever wrote it — API, CLI, import.
 * Who did it comes from the `simpul.actor` setting each connection carries (set by `src/db/database.ts` from
 * the request's or command's actor). The audit table refuses UPDATE, DELETE and TRUNCATE, except the
 * redaction that a personal-data erasure performs with `simpul.audit_redaction` on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE CHECK (email = lower(email)),
      display_name text NOT NULL,
      role text NOT NULL,
      password_hash text,
      personal_data_access boolean NOT NULL DEFAULT false,
      active boolean NOT NULL DEFAULT true,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      password_changed_at timestamptz,
      last_login_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE user_scopes (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('region','center','enterprise','project')),
      ref text NOT NULL,
      PRIMARY KEY (user_id, kind, ref)
    )`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions (user_id)`.execute(db);

  await sql`
    CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name text NOT NULL,
      prefix text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      access text NOT NULL CHECK (access IN ('read','write')),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      expires_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);

  // Installation secrets (e.g. the key that turns ids into stable pseudonyms for researchers).
  await sql`CREATE TABLE app_secrets (name text PRIMARY KEY, value text NOT NULL)`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      transaction_id bigint NOT NULL DEFAULT txid_current(),
      actor_user_id uuid,
      actor_label text NOT NULL,
      via text NOT NULL,
      session_id text,
      token_id uuid,
      request_id text,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      region_codes text[] NOT NULL DEFAULT '{}',
      before jsonb,
      after jsonb
    )`.execute(db);
  await sql`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`.execute(db);
  await sql`CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at)`.execute(db);
  await sql`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id)`.execute(db);

  await sql`
    CREATE FUNCTION simpul_actor() RETURNS jsonb LANGUAGE sql STABLE AS $$
      SELECT COALESCE(NULLIF(current_setting('simpul.actor', true), '')::jsonb,
                      '{"label":"system","via":"system"}'::jsonb)
    $$`.execute(db);

  // The regions an audited row belongs to, so a regional officer can read the trail of their scope. The
  // expression is chosen per table once, when the trigger builds its statement, so each audited row costs
  // at most a primary-key probe or two (a bulk import audits hundreds of thousands of rows).
  await sql`
    CREATE FUNCTION audit_region_sql(entity text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE
        WHEN entity IN ('enterprises', 'institutions', 'center_regions')
          THEN 'array_remove(ARRAY[r.region_code], NULL)'
        WHEN entity = 'centers'
          THEN 'ARRAY(SELECT cr.region_code FROM center_regions cr WHERE cr.center_id = r.id)'
        WHEN entity IN ('center_figures', 'institution_centers')
          THEN 'ARRAY(SELECT cr.region_code FROM center_regions cr WHERE cr.center_id = r.center_id)'
        WHEN entity = 'center_memberships'
          THEN 'ARRAY(SELECT cr.region_code FROM center_regions cr WHERE cr.center_id = r.center_id)'
               ' || ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id = r.enterprise_id AND e.region_code IS NOT NULL)'
        WHEN entity IN ('enterprise_year_data', 'institution_memberships')
          THEN 'ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id = r.enterprise_id AND e.region_code IS NOT NULL)'
        WHEN entity = 'interactions'
          THEN 'ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id IN (r.from_enterprise_id, r.to_enterprise_id)'
               ' AND e.region_code IS NOT NULL)'
        WHEN entity = 'institution_challenges'
          THEN 'ARRAY(SELECT i.region_code FROM institutions i WHERE i.id = r.institution_id AND i.region_code IS NOT NULL)'
        WHEN entity = 'person_affiliations'
          THEN 'ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id = r.enterprise_id AND e.region_code IS NOT NULL)'
               ' || ARRAY(SELECT i.region_code FROM institutions i WHERE i.id = r.institution_id AND i.region_code IS NOT NULL)'
        WHEN entity = 'people'
          THEN 'ARRAY(SELECT e.region_code FROM person_affiliations pa JOIN enterprises e ON e.id = pa.enterprise_id'
               ' WHERE pa.person_id = r.id AND e.region_code IS NOT NULL)'
        ELSE '''{}''::text[]'
      END
    $$`.execute(db);
  await sql`CREATE INDEX audit_log_regions_idx ON audit_log USING gin (region_codes)`.execute(db);

  // One function for all tables: TG_ARGV names the key columns, so a row's id is stable for any table.
  await sql`
    CREATE FUNCTION audit_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      actor jsonb := simpul_actor();
      key_expr text;
      join_expr text;
      secrets text := $s$ - 'password_hash' - 'token_hash' $s$;
      regions text := audit_region_sql(TG_TABLE_NAME);
    BEGIN
      SELECT string_agg(format('coalesce(%I.%I::text, '''')', 'r', k), $k$ || '/' || $k$),
             string_agg(format('o.%I IS NOT DISTINCT FROM r.%I', k, k), ' AND ')
        INTO key_expr, join_expr
        FROM unnest(TG_ARGV) AS k;
      IF TG_OP = 'INSERT' THEN
        EXECUTE format($q$
          INSERT INTO audit_log (actor_user_id, actor_label, via, session_id, token_id, request_id,
                                 action, entity_type, entity_id, region_codes, after)
          SELECT ($1->>'userId')::uuid, $1->>'label', $1->>'via', $1->>'sessionId', ($1->>'tokenId')::uuid,
                 $1->>'requestId', 'insert', %L, %s, %s, to_jsonb(r) %s
            FROM new_rows r$q$, TG_TABLE_NAME, key_expr, regions, secrets) USING actor;
      ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format($q$
          INSERT INTO audit_log (actor_user_id, actor_label, via, session_id, token_id, request_id,
                                 action, entity_type, entity_id, region_codes, before)
          SELECT ($1->>'userId')::uuid, $1->>'label', $1->>'via', $1->>'sessionId', ($1->>'tokenId')::uuid,
                 $1->>'requestId', 'delete', %L, %s, %s, to_jsonb(r) %s
            FROM old_rows r$q$, TG_TABLE_NAME, key_expr, regions, secrets) USING actor;
      ELSE
        EXECUTE format($q$
          INSERT INTO audit_log (actor_user_id, actor_label, via, session_id, token_id, request_id,
                                 action, entity_type, entity_id, region_codes, before, after)
          SELECT ($1->>'userId')::uuid, $1->>'label', $1->>'via', $1->>'sessionId', ($1->>'tokenId')::uuid,
                 $1->>'requestId', 'update', %L, %s, %s, to_jsonb(o) %s,
                 to_jsonb(r) %s
            FROM new_rows r JOIN old_rows o ON %s
           WHERE to_jsonb(o) - 'last_used_at' IS DISTINCT FROM to_jsonb(r) - 'last_used_at'$q$,
          TG_TABLE_NAME, key_expr, regions, secrets, secrets, join_expr) USING actor;
      END IF;
      RETURN NULL;
    END $$`.execute(db);

  for (const [table, keys] of Object.entries(AUDITED_TABLES)) {
    const args = sql.raw(keys.map((k) => `'${k}'`).join(', '));
    for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
      const transition =
        op === 'INSERT'
          ? 'NEW TABLE AS new_rows'
          : op === 'DELETE'
            ? 'OLD TABLE AS old_rows'
            : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await sql`
        CREATE TRIGGER ${sql.raw(`audit_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON ${sql.table(table)}
        REFERENCING ${sql.raw(transition)} FOR EACH STATEMENT EXECUTE FUNCTION audit_rows(${args})`.execute(
        db,
      );
    }
  }

  await sql`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND current_setting('simpul.audit_redaction', true) = 'on' THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of Object.keys(AUDITED_TABLES)) {
    for (const op of ['insert', 'update', 'delete']) {
      await sql`DROP TRIGGER IF EXISTS ${sql.raw(`audit_${op}`)} ON ${sql.table(table)}`.execute(db);
    }
  }
  await sql`DROP TABLE IF EXISTS audit_log, app_secrets, api_tokens, sessions, user_scopes, users`.execute(
    db,
  );
  await sql`DROP FUNCTION IF EXISTS audit_rows(), audit_log_append_only(), simpul_actor(), audit_region_sql(text)`.execute(
    db,
  );
}
