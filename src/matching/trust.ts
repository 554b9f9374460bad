import { dayNumber } from '../capabilities/capability-facts.ts';
import type { Scored } from './factors.ts';
import type { CandidateFacts, Reason } from './matching.types.ts';
import type { MatchingWeights } from './weights.ts';

/** A tie where the work went to the poster counts this many times as much as one with anyone else. */
const POSTER_JOB_WEIGHT = 2;
/** Evidence saturates: n = 3 recent jobs give 63 % of the way to full trust, 6 give 86 %. */
const EVIDENCE_SCALE = 3;
/** Quality when ties were recorded but nobody rated them nor an award told on-time: no complaint known. */
const PRIOR_QUALITY = 0.8;

/**
 * Trust = (0.5 + 0.5 × quality × evidence) × breachPenalty^breaches, where
 * evidence = 1 − exp(−n ÷ 3), n = Σ over past jobs of 2^(−age in years ÷ half-life) (× 2 for the poster's),
 * quality = mean of the on-time rate of awards and (mean rating − 1) ÷ 4, whichever are known (0.8 if neither).
 * A newcomer without history stands at 0.5: neither trusted nor shut out.
 */
export function trustFactor(
  posterId: string | null,
  asOf: string,
  c: CandidateFacts,
  w: MatchingWeights,
): Scored {
  const { jobs, deliveries, ratingAverage, ratingCount, breaches } = c.trust;
  const reasons: Reason[] = [];
  let n = 0;
  let withPoster = 0;
  let jobCount = 0;
  const until = dayNumber(asOf);
  for (const job of jobs) {
    const count = job.count ?? 1;
    const days = until - dayNumber(job.lastDay);
    const years = Math.max(0, days) / 365.25;
    const forPoster = posterId !== null && job.clientId === posterId;
    jobCount += count;
    if (forPoster) withPoster += count;
    n += 2 ** (-years / w.recencyHalfLifeYears) * (forPoster ? POSTER_JOB_WEIGHT : 1) * count;
  }
  const evidence = 1 - Math.exp(-n / EVIDENCE_SCALE);
  const onTime = deliveries.filter((d) => d.onTime).length;
  const parts: number[] = [];
  if (deliveries.length > 0) parts.push(onTime / deliveries.length);
  if (ratingAverage !== null) parts.push((ratingAverage - 1) / 4);
  const quality = parts.length > 0 ? parts.reduce((a, b) => a + b, 0) / parts.length : PRIOR_QUALITY;
  const value = (0.5 + 0.5 * quality * evidence) * w.breachPenalty ** breaches;

  const toPoster = deliveries.filter((d) => posterId !== null && d.clientId === posterId);
  if (toPoster.length > 0) {
    const onTimeToPoster = toPoster.filter((d) => d.onTime).length;
    reasons.push({
      code: 'deliveries_to_poster',
      params: { count: toPoster.length, onTime: onTimeToPoster },
    });
  } else if (withPoster > 0) {
    reasons.push({ code: 'past_jobs_with_poster', params: { count: withPoster } });
  }
  if (deliveries.length > toPoster.length) {
    reasons.push({ code: 'deliveries_overall', params: { count: deliveries.length, onTime } });
  } else if (jobCount > withPoster) {
    reasons.push({ code: 'past_jobs', params: { count: jobCount } });
  }
  if (jobCount === 0 && deliveries.length === 0) reasons.push({ code: 'no_history', params: {} });
  if (ratingAverage !== null) {
    reasons.push({ code: 'rating', params: { average: round1(ratingAverage), count: ratingCount } });
  }
  if (breaches > 0) reasons.push({ code: 'breach', params: { count: breaches } });
  return { value, reasons };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
