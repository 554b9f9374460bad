/**
 * A candidate's trust facts (matching.types.ts TrustFacts) from either source: the live ties and awards
 * (matching.repo.ts) or the trust summary (trust-summary.repo.ts). Both give the same facts, so the ranking
 * is the same whichever was read; trust-summary.test.ts compares them on a seeded world.
 */
import type { DeliveryRow, TieRow } from './matching.repo.ts';
import type { PastJob, TrustFacts } from './matching.types.ts';
import type { TrustSummaryRow } from './trust-summary.repo.ts';

/** Trust facts while they are being gathered. */
interface MutableTrust {
  jobs: PastJob[];
  deliveries: { clientId: string | null; onTime: boolean }[];
  ratingAverage: number | null;
  ratingCount: number;
  breaches: number;
  ratingSum: number;
}

/** The facts of a firm without any history. */
export const NO_HISTORY: TrustFacts = {
  jobs: [],
  deliveries: [],
  ratingAverage: null,
  ratingCount: 0,
  breaches: 0,
};

function fresh(): MutableTrust {
  return { jobs: [], deliveries: [], ratingAverage: null, ratingCount: 0, breaches: 0, ratingSum: 0 };
}

/** Trust facts per member from the live tie and delivery rows. */
export function trustFromRows(
  ties: readonly TieRow[],
  deliveries: readonly DeliveryRow[],
): Map<string, TrustFacts> {
  const trustOf = new Map<string, MutableTrust>();
  const trust = (id: string): MutableTrust => {
    const known = trustOf.get(id) ?? fresh();
    trustOf.set(id, known);
    return known;
  };
  for (const tie of ties) {
    const t = trust(tie.maker_id);
    if (tie.type === 'BREACH_OF_CONTRACT') t.breaches += 1;
    else if (tie.client_id) t.jobs.push({ clientId: tie.client_id, lastDay: tie.last_day });
  }
  for (const d of deliveries) {
    const t = trust(d.enterprise_id);
    t.deliveries.push({ clientId: d.client_id, onTime: d.on_time });
    if (d.rating !== null) {
      t.ratingSum += d.rating;
      t.ratingCount += 1;
      // A mean of the sum, as the summary stores it: both sources give the same figure.
      t.ratingAverage = t.ratingSum / t.ratingCount;
    }
  }
  return new Map([...trustOf].map(([id, { ratingSum: _, ...facts }]) => [id, facts]));
}

/**
 * Trust facts per member from the summary rows, for a ranking on `asOf` (on or after every row's horizon)
 * by `posterId`, as the live rows give them: an end day after `asOf` (or none) counts as `asOf`, a late tie
 * counts once it has started. Jobs of one day stay grouped (with their count); those for the poster carry
 * its id, the others an id that matches no poster.
 */
export function trustFromSummary(
  rows: readonly TrustSummaryRow[],
  posterId: string | null,
  asOf: string,
): Map<string, TrustFacts> {
  const result = new Map<string, TrustFacts>();
  const clip = (day: string | null) => (day === null || day === 'open' || day > asOf ? asOf : day);
  for (const row of rows) {
    const jobs: PastJob[] = [];
    const forPoster = posterId === null ? {} : row.poster_job_days;
    for (const [day, count] of Object.entries(row.job_days)) {
      const lastDay = clip(day);
      const poster = forPoster[day] ?? 0;
      if (poster > 0) jobs.push({ clientId: posterId as string, lastDay, count: poster });
      if (count > poster) jobs.push({ clientId: OTHER_CLIENT, lastDay, count: count - poster });
    }
    let breaches = row.breach_count;
    for (const late of row.late_ties) {
      if (late.start > asOf) continue;
      if (late.type === 'BREACH_OF_CONTRACT') breaches += 1;
      else jobs.push({ clientId: late.client, lastDay: clip(late.end) });
    }
    const deliveries: { clientId: string | null; onTime: boolean }[] = [];
    const toPoster = posterId === null ? 0 : row.poster_delivery_count;
    const onTimeToPoster = posterId === null ? 0 : row.poster_on_time_count;
    unfold(deliveries, posterId, toPoster, onTimeToPoster);
    unfold(deliveries, null, row.delivery_count - toPoster, row.on_time_count - onTimeToPoster);
    result.set(row.enterprise_id, {
      jobs,
      deliveries,
      ratingAverage: row.rating_count > 0 ? row.rating_sum / row.rating_count : null,
      ratingCount: row.rating_count,
      breaches,
    });
  }
  return result;
}

/** Stands for "a client other than the poster" in unfolded jobs (no enterprise id is empty). */
const OTHER_CLIENT = '';

function unfold(
  into: { clientId: string | null; onTime: boolean }[],
  clientId: string | null,
  count: number,
  onTime: number,
): void {
  for (let i = 0; i < count; i++) into.push({ clientId, onTime: i < onTime });
}

/** True when the summary may stand for the live ties on `asOf`: no row counts a tie that starts later. */
export function summaryCovers(rows: readonly { horizon: string | null }[], asOf: string): boolean {
  return rows.every((r) => r.horizon === null || r.horizon <= asOf);
}
