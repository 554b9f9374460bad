/**
 * Today's date as `YYYY-MM-DD` in Western Indonesia Time (WIB, UTC+7), where the centres are: between
 * 00:00 and 07:00 WIB the UTC date would still be yesterday, and "active today" would be off by a day.
 */
export function todayInIndonesia(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
