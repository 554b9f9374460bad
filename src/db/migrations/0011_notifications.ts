import { type Kysely, sql } from 'kysely';

/** The new tables and the key column each audit row is named by. */
const AUDITED: Record<string, string> = {
  notifications: 'id',
  notification_preferences: 'user_id',
  outbox_messages: 'id',
  reminders: 'id',
};

/**
 * Notifications (src/notifications/): the in-app inbox, each user's choices, the outbox of messages to send
 * by e-mail or webhook, and reminders due at a time. All four are in the audit trail (the triggers of
 * 0002), so a message's life — queued, claimed, sent or failed — can be read back like any other change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL,
      object_type text NOT NULL,
      object_id text NOT NULL,
      message_key text NOT NULL,
      params jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`.execute(
    db,
  );

  // One row per user who chose something; no row means the defaults (in-app only, Indonesian).
  await sql`
    CREATE TABLE notification_preferences (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
      channels jsonb NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE outbox_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      notification_id uuid REFERENCES notifications(id) ON DELETE SET NULL,
      user_id uuid REFERENCES users(id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
      recipient text NOT NULL,
      language text NOT NULL CHECK (language IN ('id', 'en')),
      subject text NOT NULL,
      body text NOT NULL,
      link text,
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'sent', 'no_transport', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 5,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      claimed_until timestamptz,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    )`.execute(db);
  await sql`
    CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at)
    WHERE status IN ('pending', 'sending', 'no_transport')`.execute(db);

  await sql`
    CREATE TABLE reminders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_ids uuid[] NOT NULL,
      due_at timestamptz NOT NULL,
      kind text NOT NULL,
      object_type text NOT NULL,
      object_id text NOT NULL,
      message_key text NOT NULL,
      params jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'cancelled')),
      created_at timestamptz NOT NULL DEFAULT now(),
      done_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX reminders_due_idx ON reminders (due_at) WHERE status = 'pending'`.execute(db);
  await sql`
    CREATE INDEX reminders_object_idx ON reminders (object_type, object_id) WHERE status = 'pending'`.execute(
    db,
  );

  for (const [table, key] of Object.entries(AUDITED)) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
      const transition =
        op === 'INSERT'
          ? 'NEW TABLE AS new_rows'
          : op === 'DELETE'
            ? 'OLD TABLE AS old_rows'
            : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await sql`
        CREATE TRIGGER ${sql.raw(`audit_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON ${sql.table(table)}
        REFERENCING ${sql.raw(transition)} FOR EACH STATEMENT EXECUTE FUNCTION audit_rows(${sql.lit(key)})`.execute(
        db,
      );
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS reminders, outbox_messages, notification_preferences, notifications`.execute(
    db,
  );
}
