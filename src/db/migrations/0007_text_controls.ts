import { type Kysely, sql } from 'kysely';

/**
 * From this version the API refuses control characters in text (`src/shared/text.ts`): none in one-line
 * values, only tab and line breaks in free text. The same schemas describe responses, so a value stored
 * earlier with, say, a tab in a firm's name would now fail on its way out. This migration cleans what
 * earlier versions let in: each control character becomes a space (tab, LF and CR stay in free text), in
 * every text column and every string inside a JSON column of the registry. The audit trail keeps the
 * before and after, as for any write.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows: columns } = await sql<{ table: string; column: string; type: string }>`
    SELECT table_name AS table, column_name AS column, data_type AS type
      FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ANY(${REGISTRY_TABLES})
       AND data_type IN ('text', 'character varying', 'jsonb')
     ORDER BY table_name, column_name`.execute(db);
  for (const { table, column, type } of columns) {
    if (type === 'jsonb') await cleanJson(db, table, column);
    else await cleanText(db, table, column, FREE_TEXT.has(column) ? FREE_TEXT_CONTROLS : ALL_CONTROLS);
  }
}

/** The tables of the registry and accounts that people write into (the audit trail is append-only). */
const REGISTRY_TABLES = [
  'centers',
  'center_regions',
  'center_figures',
  'people',
  'enterprises',
  'enterprise_year_data',
  'center_memberships',
  'institutions',
  'institution_centers',
  'institution_memberships',
  'institution_challenges',
  'person_affiliations',
  'users',
  'interactions',
];

/** Columns of free text, where tab and line breaks are allowed (the API's `multiLine()` fields). */
const FREE_TEXT = new Set([
  'description',
  'definition',
  'notes',
  'address',
  'products',
  'evidence_notes',
  'reason',
]);

const ALL_CONTROLS = '[\u0001-\u001f\u007f-\u009f]';
const FREE_TEXT_CONTROLS = '[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]';

async function cleanText(db: Kysely<unknown>, table: string, column: string, pattern: string): Promise<void> {
  await sql`
    UPDATE ${sql.table(table)} SET ${sql.ref(column)} = regexp_replace(${sql.ref(column)}, ${pattern}, ' ', 'g')
     WHERE ${sql.ref(column)} ~ ${pattern}`.execute(db);
}

/** JSON strings in which a control character is written as an escape (`\t`, `\u0001`, …). */
const ESCAPED_CONTROL = '\\\\(u00[01][0-9a-fA-F]|u007[fF]|u00[89][0-9a-fA-F]|[tnrbf])';

async function cleanJson(db: Kysely<unknown>, table: string, column: string): Promise<void> {
  const { rows } = await sql<{ id: string; value: unknown }>`
    SELECT ctid::text AS id, ${sql.ref(column)} AS value FROM ${sql.table(table)}
     WHERE ${sql.ref(column)}::text ~ ${ESCAPED_CONTROL}`.execute(db);
  for (const row of rows) {
    await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${JSON.stringify(clean(row.value))}::jsonb
               WHERE ctid = ${row.id}::tid`.execute(db);
  }
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(new RegExp(ALL_CONTROLS, 'gu'), ' ');
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clean(inner)]));
  }
  return value;
}

export async function down(): Promise<void> {
  // Nothing to undo: the characters removed carried no meaning.
}
