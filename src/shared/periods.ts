import { type Expression, type RawBuilder, sql } from 'kysely';

/**
 * The one meaning of "active on a date" (docs/design-choices.md, "Periods"): a membership (centre or
 * institution, `valid_from`–`valid_to`) includes both end days; a tie (`start_date`–`end_date`) is
 * half-open, its end day no longer in it. Every query that asks "on day D" uses these, and "today" is
 * `todayWib()`, never the database's `current_date`.
 */

/** A day to test against: an ISO date `YYYY-MM-DD`, or an SQL expression giving a date (a column). */
export type Day = string | Expression<unknown>;

/** `null`: no date asked for, every period counts (a network "over all time"). */
export type DayOrAnyTime = Day | null;

const column = (table: string | undefined, name: string) => sql.ref(table ? `${table}.${name}` : name);
const dateOf = (at: Day) => (typeof at === 'string' ? sql`${at}::date` : at);

/**
 * A membership of `table` (an alias, or none) is current on `at`: `valid_from ≤ at ≤ valid_to`, the end
 * day included (a member until 30 June is a member on 30 June); open-ended while `valid_to` is null.
 */
export function memberOn(at: DayOrAnyTime, table?: string): RawBuilder<boolean> {
  if (at === null) return sql<boolean>`true`;
  const d = dateOf(at);
  const to = column(table, 'valid_to');
  return sql<boolean>`(${column(table, 'valid_from')} <= ${d} AND (${to} IS NULL OR ${to} >= ${d}))`;
}

/**
 * A tie of `table` (an alias, or none) is active on `at`: `start_date ≤ at < end_date`, the end date
 * exclusive (a tie ended 1 July was last active on 30 June); open-ended while `end_date` is null.
 */
export function tieActiveOn(at: DayOrAnyTime, table?: string): RawBuilder<boolean> {
  if (at === null) return sql<boolean>`true`;
  const d = dateOf(at);
  const end = column(table, 'end_date');
  return sql<boolean>`(${column(table, 'start_date')} <= ${d} AND (${end} IS NULL OR ${end} > ${d}))`;
}

/**
 * Today's date as `YYYY-MM-DD` in Western Indonesia Time (WIB, UTC+7), where the centres are: between
 * 00:00 and 07:00 WIB the UTC date (and a UTC database's `current_date`) would still be yesterday.
 */
export function todayWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
