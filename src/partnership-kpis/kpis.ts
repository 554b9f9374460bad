/**
 * Partnership KPIs of a centre over a period (issue #18, point 6), from plain rows so that they are tested
 * by hand. The cohort is the requests published in the period that target the centre; every ratio is null
 * when its denominator is zero (never 0 ÷ 0 = 0: "no requests" is not "no response").
 */
import { gini, giniByCenterQuarter } from '../matching/gini.ts';
import type { PoolSavings } from '../pools/pool-kpi.ts';

/** A request of the cohort: published in the period and aimed at the centre. */
export interface KpiRequest {
  requestId: string;
  /** ISO timestamp of publication. */
  publishedAt: string;
  /** ISO timestamp of the (first) award, null while not awarded. */
  awardedAt: string | null;
}

/** An invitation sent for a cohort request, and whether the invited firm answered (quoted). */
export interface KpiInvitation {
  requestId: string;
  answered: boolean;
}

/** An award of a cohort request (cancelled awards are left out by the repo). */
export interface KpiAward {
  requestId: string;
  enterpriseId: string;
  quantity: number;
  /** `YYYY-MM-DD` the award was made, for the quarter. */
  awardedOn: string;
  /** Delivered and recorded as a tie. */
  realised: boolean;
  /** Micro under PP 7/2021 from the firm's latest yearly figures (unknown counts as not micro). */
  micro: boolean;
}

/** Everything one centre's KPIs are computed from. */
export interface KpiInput {
  centerId: string;
  requests: readonly KpiRequest[];
  invitations: readonly KpiInvitation[];
  awards: readonly KpiAward[];
  /** The centre's member firms: those awarded nothing count as zeros in the Gini. */
  memberIds: readonly string[];
  pools: PoolSavings | null;
}

/** The Gini of awarded volume in one calendar quarter. */
export interface QuarterGini {
  quarter: string;
  gini: number | null;
  volume: number;
}

/** One centre's partnership KPIs. */
export interface Kpis {
  centerId: string;
  requests: number;
  invitationsSent: number;
  invitationsAnswered: number;
  responseRate: number | null;
  realisedRequests: number;
  conversion: number | null;
  awardedRequests: number;
  medianDaysToAward: number | null;
  awardedVolume: number;
  microVolume: number;
  microShare: number | null;
  awardGini: number | null;
  giniByQuarter: QuarterGini[];
  pools: number;
  poolSavings: number;
  poolSavingsShare: number | null;
}

const DAY_MS = 86_400_000;

/** `part ÷ whole`, or null when `whole` is zero. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The median of `values`, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The KPIs of one centre from its rows. */
export function partnershipKpis(input: KpiInput): Kpis {
  const cohort = new Set(input.requests.map((r) => r.requestId));
  const invitations = input.invitations.filter((i) => cohort.has(i.requestId));
  const awards = input.awards.filter((a) => cohort.has(a.requestId));
  const answered = invitations.filter((i) => i.answered).length;
  const realised = new Set(awards.filter((a) => a.realised).map((a) => a.requestId));
  const days = input.requests
    .filter((r) => r.awardedAt !== null)
    .map((r) => (Date.parse(r.awardedAt ?? '') - Date.parse(r.publishedAt)) / DAY_MS);
  const volume = awards.reduce((acc, a) => acc + a.quantity, 0);
  const microVolume = awards.filter((a) => a.micro).reduce((acc, a) => acc + a.quantity, 0);
  const pools = input.pools;
  return {
    centerId: input.centerId,
    requests: cohort.size,
    invitationsSent: invitations.length,
    invitationsAnswered: answered,
    responseRate: ratio(answered, invitations.length),
    realisedRequests: realised.size,
    conversion: ratio(realised.size, cohort.size),
    awardedRequests: days.length,
    medianDaysToAward: median(days),
    awardedVolume: volume,
    microVolume,
    microShare: ratio(microVolume, volume),
    awardGini: volume === 0 ? null : gini(volumesByFirm(awards, input.memberIds)),
    giniByQuarter: quarterGinis(input.centerId, awards, input.memberIds),
    pools: pools?.pools ?? 0,
    poolSavings: pools?.savings ?? 0,
    poolSavingsShare: pools?.savingsShare ?? null,
  };
}

/** Awarded volume per firm, members awarded nothing as zeros. */
function volumesByFirm(awards: readonly KpiAward[], memberIds: readonly string[]): number[] {
  const byFirm = new Map<string, number>(memberIds.map((id) => [id, 0]));
  for (const a of awards) byFirm.set(a.enterpriseId, (byFirm.get(a.enterpriseId) ?? 0) + a.quantity);
  return [...byFirm.values()];
}

/** The Gini per quarter of award (matching's own grouping, so both screens agree). */
function quarterGinis(
  centerId: string,
  awards: readonly KpiAward[],
  memberIds: readonly string[],
): QuarterGini[] {
  const rows = giniByCenterQuarter(
    awards.map((a) => ({
      centerId,
      enterpriseId: a.enterpriseId,
      quantity: a.quantity,
      awardedOn: a.awardedOn,
    })),
    new Map([[centerId, memberIds]]),
  );
  return rows.map((r) => ({ quarter: r.quarter, gini: r.volume === 0 ? null : r.gini, volume: r.volume }));
}
