import { type RawBuilder, sql } from 'kysely';

/**
 * A stored column fed by file columns. Staging uses the stored column's name, so the same name works on
 * both sides of a comparison. A field whose headers are all absent from the file is neither compared
 * nor written: a file without `nib` leaves every NIB as it is.
 */
export interface Field {
  column: string;
  headers: readonly string[];
}

/** Columns of `fields` that the file feeds. */
export function presentColumns(fields: readonly Field[], present: ReadonlySet<string>): string[] {
  return fields.filter((f) => f.headers.some((h) => present.has(h))).map((f) => f.column);
}

/** `ROW(a.x, a.y) IS DISTINCT FROM ROW(b.x, b.y)`, or `false` for no columns. */
export function differs(left: string, right: string, columns: readonly string[]): RawBuilder<boolean> {
  if (columns.length === 0) return sql<boolean>`false`;
  const row = (alias: string) => sql.join(columns.map((c) => sql.ref(`${alias}.${c}`)));
  return sql<boolean>`(ROW(${row(left)}) IS DISTINCT FROM ROW(${row(right)}))`;
}

/** `x = s.x, y = s.y` for an UPDATE's SET list. */
export function assignments(source: string, columns: readonly string[]): RawBuilder<unknown> {
  return sql.join(columns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`${source}.${c}`)}`));
}

/** `a.x, a.y` (or just `x, y` without an alias). */
export function columnList(columns: readonly string[], alias?: string): RawBuilder<unknown> {
  return sql.join(columns.map((c) => sql.ref(alias ? `${alias}.${c}` : c)));
}
