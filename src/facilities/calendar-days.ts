/** The opening calendar of a facility: the weekdays it opens and the dates it is closed anyway. */
export interface OpeningCalendar {
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  openWeekdays: readonly number[];
  /** `YYYY-MM-DD` days closed although their weekday opens. */
  closedDates: readonly string[];
}

const DAY_MS = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every day from `from` to `to`, both included (none when `to` is before `from`). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let ms = toMs(from); ms <= toMs(to); ms += DAY_MS) days.push(toDay(ms));
  return days;
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: string, count: number): string {
  return toDay(toMs(day) + count * DAY_MS);
}

/** The ISO weekday of `day`: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  return new Date(toMs(day)).getUTCDay() || 7;
}

/** True when the facility opens on `day`. */
export function isOpenOn(calendar: OpeningCalendar, day: string): boolean {
  return calendar.openWeekdays.includes(isoWeekday(day)) && !calendar.closedDates.includes(day);
}

/** The days from `from` to `to` on which the facility opens. */
export function openDaysBetween(calendar: OpeningCalendar, from: string, to: string): string[] {
  return daysBetween(from, to).filter((day) => isOpenOn(calendar, day));
}

/** The first and last day of the month holding `day`. */
export function monthOf(day: string): { first: string; last: string } {
  const first = `${day.slice(0, 7)}-01`;
  const next = new Date(toMs(first));
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { first, last: toDay(next.getTime() - DAY_MS) };
}
