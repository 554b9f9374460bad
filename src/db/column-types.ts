import type { ColumnType, Generated } from 'kysely';

/** A timestamp set by the database on insert. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A timestamp the repo sets on every write. */
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A nullable timestamp (archiving, erasure). */
export type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** A `date` column, read as `YYYY-MM-DD` text so no time zone can shift it. */
export type DateColumn = ColumnType<string, string, string>;
export type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
/** A jsonb column holding a value of type T. */
export type Json<T> = ColumnType<T, string | undefined, string>;
/** A nullable jsonb column (SQL NULL, never JSON `null`). */
export type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;
/** A `numeric` column; pg returns text, parsed to number by the type parser set in `database.ts`. */
export type Numeric = ColumnType<number, number | string, number | string>;
export type NullableNumeric = ColumnType<
  number | null,
  number | string | null | undefined,
  number | string | null
>;
export type Id = Generated<string>;
export type Version = Generated<number>;
