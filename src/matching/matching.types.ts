/**
 * The plain data the ranking reads and writes (issue #18, point 3). No I/O: the loader
 * (matching.repo.ts) fills these from the database, the bench and the tests build them directly.
 */

/** What is asked for: a stored request or a draft not yet stored. */
export interface RequestSpec {
  processCodes: readonly string[];
  /** Certification kinds (SNI, HALAL, …) every candidate should hold, valid on `asOf`. */
  requiredCertifications: readonly string[];
  quantity: number;
  unit: string;
  /** The enterprise that posts, or null when an officer posts for an outside buyer. */
  posterEnterpriseId: string | null;
  targetCenterIds: readonly string[];
  /** The day the ranking is for (`YYYY-MM-DD`): staleness, certificate validity and recency count from it. */
  asOf: string;
}

/** What an enterprise says it can do (its capability profile). */
export interface CapabilityFacts {
  /** Process code → level 1 (basic) to 3 (expert). */
  processLevels: Readonly<Record<string, number>>;
  /** Kinds of the certifications valid on the ranking day (expired ones are left out by the loader). */
  validCertifications: readonly string[];
  monthlyCapacity: number | null;
  capacityUnit: string | null;
  sparePct: number | null;
  spareConfirmedOn: string | null;
  leadTimeDays: number | null;
  minOrderQty: number | null;
  acceptsToll: boolean;
  acceptsSubcontract: boolean;
  acceptsClientMaterials: boolean;
}

/** One collaboration tie where the candidate did the work (maklun, subcontract, order sharing). */
export interface PastJob {
  /** The enterprise that gave the work. */
  clientId: string;
  /** The day the tie ended, or the ranking day when it still runs (recency counts from it). */
  lastDay: string;
  /** How many such ties (same client side, same day): the trust summary groups them; 1 when absent. */
  count?: number;
}

/** What the tie history and the request history say about a candidate. */
export interface TrustFacts {
  jobs: readonly PastJob[];
  /** Delivered or failed awards of requests: on time or not, and to whom. */
  deliveries: readonly { clientId: string | null; onTime: boolean }[];
  /** Mean of the posters' ratings (1–5: on time, quality, communication), null when never rated. */
  ratingAverage: number | null;
  ratingCount: number;
  /** `BREACH_OF_CONTRACT` ties where the candidate is the breacher. */
  breaches: number;
}

/** Why a candidate is set apart from the poster: an active conflict tie or (issue #19) an open case. */
export type ConflictFact =
  | { kind: 'tie'; type: string; since: string }
  | { kind: 'case'; caseId: string; since: string };

/** One enterprise that could take the work. */
export interface CandidateFacts {
  enterpriseId: string;
  name: string;
  /** The target centre it is an active member of. */
  centerId: string;
  regionCode: string | null;
  isMicro: boolean;
  capability: CapabilityFacts;
  trust: TrustFacts;
  /** Conflicts with the poster, active on the ranking day; empty when none or no poster enterprise. */
  conflicts: readonly ConflictFact[];
  /** Volume awarded to it in the ranking day's quarter (the fairness option reads it). */
  awardedThisQuarter: number;
}

/** Where the poster is: its centres and region (proximity is measured from here). */
export interface PosterPlace {
  centerIds: readonly string[];
  regionCode: string | null;
}

/** One structured reason: a code and the numbers (or codes) a renderer puts into words. */
export interface Reason {
  code: ReasonCode;
  params: Readonly<Record<string, number | string>>;
}

/** Every reason code the ranking gives; matching.words.ts has the sentence of each, id and en. */
export type ReasonCode =
  | 'processes_all'
  | 'processes_some'
  | 'expert_levels'
  | 'certifications_all'
  | 'certifications_missing'
  | 'below_min_order'
  | 'spare_covers'
  | 'spare_pct'
  | 'spare_unknown'
  | 'stale_profile'
  | 'deliveries_to_poster'
  | 'deliveries_overall'
  | 'past_jobs_with_poster'
  | 'past_jobs'
  | 'no_history'
  | 'rating'
  | 'breach'
  | 'same_center'
  | 'same_regency'
  | 'same_province'
  | 'far'
  | 'fair_micro'
  | 'fair_awarded'
  | 'conflict_tie'
  | 'open_case';

/** The four factors (and the fairness multiplier when asked), each in [0, 1]. */
export interface Factors {
  capability: number;
  spare: number;
  trust: number;
  proximity: number;
  fairness: number;
}

/** A ranked candidate: its rank, score, factors and the reasons that explain them. */
export interface RankedCandidate {
  rank: number;
  enterpriseId: string;
  name: string;
  centerId: string;
  score: number;
  factors: Factors;
  reasons: Reason[];
}

/** A candidate set apart because of a conflict with the poster. */
export interface ConflictedCandidate {
  enterpriseId: string;
  name: string;
  centerId: string;
  reasons: Reason[];
}

/** The ranking of one request. */
export interface Ranking {
  ranked: RankedCandidate[];
  /** Set apart (not ranked) unless `includeConflicted`; always listed with their reasons. */
  conflicted: ConflictedCandidate[];
  /** Members of the target centres that master none of the asked processes. */
  unqualified: number;
}
