import { type Kysely, sql } from 'kysely';

/**
 * The nightly overdue sweep (src/notifications/overdue.ts) tells people once per thing and due date:
 * this table remembers which (check, object, due date) it has told of, so a sweep run twice — or by two
 * workers — never tells twice. Written in the sweep job's transaction with the notifications themselves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE overdue_notices (
      check_name text NOT NULL,
      object_type text NOT NULL,
      object_id text NOT NULL,
      due_on date NOT NULL,
      notified_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (check_name, object_type, object_id, due_on)
    )`.execute(db);
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE overdue_notices`.execute(db);
}
