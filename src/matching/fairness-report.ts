import { gini } from './gini.ts';
import type { CandidateFacts, PosterPlace, RequestSpec } from './matching.types.ts';
import { rankCandidates } from './score.ts';
import type { MatchingWeights } from './weights.ts';

/** A request to replay and where its poster is. */
export interface ReplayedRequest {
  spec: RequestSpec;
  poster: PosterPlace | null;
}

/** The Gini of awarded volume with and without the fairness option, over the same requests. */
export interface FairnessReport {
  requests: number;
  firms: number;
  giniPlain: number;
  giniFair: number;
  /** Share of the volume that went to micro firms, without and with the option. */
  microSharePlain: number;
  microShareFair: number;
}

/**
 * Replays `requests` in order against `candidates`, awarding each to its top-ranked candidate (the
 * simplest poster), once without and once with the fairness option, and compares the resulting
 * distributions of awarded volume. Each award raises the winner's `awardedThisQuarter`, so the fair run
 * feels its own earlier awards as a real quarter would.
 */
export function fairnessReport(
  requests: readonly ReplayedRequest[],
  candidates: readonly CandidateFacts[],
  weights?: MatchingWeights,
): FairnessReport {
  const plain = replay(requests, candidates, false, weights);
  const fair = replay(requests, candidates, true, weights);
  const micro = new Set(candidates.filter((c) => c.isMicro).map((c) => c.enterpriseId));
  const microShare = (volumes: Map<string, number>) => {
    let all = 0;
    let toMicro = 0;
    for (const [id, v] of volumes) {
      all += v;
      if (micro.has(id)) toMicro += v;
    }
    return all === 0 ? 0 : toMicro / all;
  };
  return {
    requests: requests.length,
    firms: candidates.length,
    giniPlain: gini([...plain.values()]),
    giniFair: gini([...fair.values()]),
    microSharePlain: microShare(plain),
    microShareFair: microShare(fair),
  };
}

/** Volume awarded per candidate (every candidate listed, zeros included) after replaying the requests. */
function replay(
  requests: readonly ReplayedRequest[],
  candidates: readonly CandidateFacts[],
  fair: boolean,
  weights?: MatchingWeights,
): Map<string, number> {
  const volumes = new Map(candidates.map((c) => [c.enterpriseId, c.awardedThisQuarter]));
  for (const { spec, poster } of requests) {
    const current = candidates.map((c) => ({ ...c, awardedThisQuarter: volumes.get(c.enterpriseId) ?? 0 }));
    const others = current.filter((c) => c.enterpriseId !== spec.posterEnterpriseId);
    const top = rankCandidates(spec, others, { fair, poster, weights }).ranked[0];
    if (top) volumes.set(top.enterpriseId, (volumes.get(top.enterpriseId) ?? 0) + spec.quantity);
  }
  return volumes;
}
