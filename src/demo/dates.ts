import { type Rng, randInt } from './random.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A `YYYY-MM-DD` date in `year` (days 1–28, so every month is valid; no Date, so no time zone). */
export function dateIn(rng: Rng, year: number): string {
  return `${year}-${pad(randInt(rng, 1, 12))}-${pad(randInt(rng, 1, 28))}`;
}

/** A date after `from` and no later than the end of `maxYear` (or `from` itself when none is left). */
export function dateAfter(rng: Rng, from: string, maxYear: number): string {
  const year = Number(from.slice(0, 4));
  if (year >= maxYear) {
    const month = Number(from.slice(5, 7));
    return month >= 12 ? from : `${year}-${pad(randInt(rng, month + 1, 12))}-${pad(randInt(rng, 1, 28))}`;
  }
  const later = randInt(rng, year + 1, maxYear);
  return dateIn(rng, later);
}

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
