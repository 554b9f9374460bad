/** Today in Western Indonesian Time (UTC+7), the day the server's deadlines are counted in (`todayWib`). */
export function todayWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
