import { type Kysely, sql } from 'kysely';

/**
 * A cheaper audit trail for bulk writes (imports), with the same content as the per-row trail.
 *
 * A transaction that sets `simpul.audit_bulk = 'on'` (SET LOCAL; the import does) gets, per audited
 * statement, ONE `audit_log` row — who, when, transaction, action, entity type, `entity_id = '*'`, the
 * union of the rows' region codes and `row_count` — plus one narrow `audit_bulk_rows` row per changed row
 * with its key, its region codes and its before/after copies. That skips, per row, the actor columns and
 * four of `audit_log`'s five indexes (the GIN on region codes among them). The `audit_entries` view puts both shapes back together, one entry
 * per changed row, which is what the audit API and the personal-data export read. Without the setting
 * every write is audited row by row exactly as before. `audit_bulk_rows` is append-only like `audit_log`
 * (only an erasure's redaction may update it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log ADD COLUMN row_count integer`.execute(db);
  await sql`
    CREATE TABLE audit_bulk_rows (
      id bigint PRIMARY KEY DEFAULT nextval('audit_log_id_seq'),
      audit_id bigint NOT NULL,
      entity_id text NOT NULL,
      region_codes text[] NOT NULL DEFAULT '{}',
      before jsonb,
      after jsonb
    )`.execute(db);
  // text_pattern_ops: equality for one entity's history and `LIKE 'person-id/%'` for a person's affiliations.
  await sql`CREATE INDEX audit_bulk_rows_entity_idx ON audit_bulk_rows (entity_id text_pattern_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX audit_bulk_rows_audit_idx ON audit_bulk_rows (audit_id)`.execute(db);
  await sql`
    CREATE TRIGGER audit_bulk_rows_no_change BEFORE UPDATE OR DELETE ON audit_bulk_rows
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  await sql`
    CREATE TRIGGER audit_bulk_rows_no_truncate BEFORE TRUNCATE ON audit_bulk_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);

  await sql`
    CREATE VIEW audit_entries AS
      SELECT id, occurred_at, transaction_id, actor_user_id, actor_label, via, session_id, token_id, request_id,
             action, entity_type, entity_id, region_codes, before, after
        FROM audit_log WHERE row_count IS NULL
      UNION ALL
      SELECT b.id, h.occurred_at, h.transaction_id, h.actor_user_id, h.actor_label, h.via, h.session_id,
             h.token_id, h.request_id, h.action, h.entity_type, b.entity_id, b.region_codes, b.before, b.after
        FROM audit_bulk_rows b JOIN audit_log h ON h.id = b.audit_id`.execute(db);

  // Same as 0002's audit_rows() for single rows (secrets are stripped only where a table has them).
  await sql`
    CREATE OR REPLACE FUNCTION audit_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      actor jsonb := simpul_actor();
      key_expr text;
      join_expr text;
      -- Removing keys rebuilds the jsonb (µs per row), so only the tables that hold secrets pay for it.
      secrets text := CASE WHEN TG_TABLE_NAME IN ('users', 'api_tokens')
                           THEN $s$ - 'password_hash' - 'token_hash' $s$ ELSE '' END;
      regions text := audit_region_sql(TG_TABLE_NAME);
      source text;
      images text;
      header_id bigint;
      region_join text := '';
      changed bigint;
    BEGIN
      SELECT string_agg(format('coalesce(%I.%I::text, '''')', 'r', k), $k$ || '/' || $k$),
             string_agg(format('o.%I IS NOT DISTINCT FROM r.%I', k, k), ' AND ')
        INTO key_expr, join_expr
        FROM unnest(TG_ARGV) AS k;
      IF current_setting('simpul.audit_bulk', true) = 'on' THEN
        -- Rows that take their region from their enterprise (the yearly panel: most of a Dinas import)
        -- get it by one join the planner can hash, instead of one index probe per row.
        IF TG_TABLE_NAME IN ('enterprise_year_data', 'institution_memberships') THEN
          region_join := ' LEFT JOIN enterprises re ON re.id = r.enterprise_id';
          regions := 'array_remove(ARRAY[re.region_code], NULL)';
        END IF;
        IF TG_OP = 'INSERT' THEN
          source := 'new_rows r' || region_join;
          images := format('NULL::jsonb AS before, to_jsonb(r) %s AS after', secrets);
        ELSIF TG_OP = 'DELETE' THEN
          source := 'old_rows r' || region_join;
          images := format('to_jsonb(r) %s AS before, NULL::jsonb AS after', secrets);
        ELSE
          source := format($f$new_rows r JOIN old_rows o ON %s %s
            WHERE to_jsonb(o) - 'last_used_at' IS DISTINCT FROM to_jsonb(r) - 'last_used_at'$f$,
            join_expr, region_join);
          images := format('to_jsonb(o) %s AS before, to_jsonb(r) %s AS after', secrets, secrets);
        END IF;
        -- Rows first, streamed from the transition table; the header takes the id reserved before them and
        -- the union of their region codes, and is skipped when the statement changed nothing.
        header_id := nextval('audit_log_id_seq');
        EXECUTE format($q$
          INSERT INTO audit_bulk_rows (audit_id, entity_id, region_codes, before, after)
          SELECT $1, %s, %s, %s FROM %s$q$, key_expr, regions, images, source) USING header_id;
        GET DIAGNOSTICS changed = ROW_COUNT;
        IF changed > 0 THEN
          INSERT INTO audit_log (id, actor_user_id, actor_label, via, session_id, token_id, request_id,
                                 action, entity_type, entity_id, region_codes, row_count)
          SELECT header_id, (actor->>'userId')::uuid, actor->>'label', actor->>'via', actor->>'sessionId',
                 (actor->>'tokenId')::uuid, actor->>'requestId', lower(TG_OP), TG_TABLE_NAME, '*',
                 ARRAY(SELECT DISTINCT c FROM audit_bulk_rows b, unnest(b.region_codes) c
                        WHERE b.audit_id = header_id ORDER BY c),
                 changed;
        END IF;
      ELSIF TG_OP = 'INSERT' THEN
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
}

/** Leaves audit_rows() with its (then unreachable) bulk branch; drops what the bulk trail added. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW IF EXISTS audit_entries`.execute(db);
  await sql`DROP TABLE IF EXISTS audit_bulk_rows`.execute(db);
  await sql`ALTER TABLE audit_log DROP COLUMN IF EXISTS row_count`.execute(db);
}
