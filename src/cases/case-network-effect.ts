/**
 * What a mediated agreement did to its centre's network: frustration and camps on the day before the
 * agreement and on its day, from the same analyses the network page shows (issue #19: "the centre's
 * analysis shows the frustration index and camps before and after"). The analyses are those the reader
 * may see: a reader who sees only some ties gets them computed on those ties.
 */
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import type { CenterAnalysis } from '../networks/analysis/analysis.schema.ts';
import { analysesFor } from '../networks/analysis/analysis.service.ts';
import type { CaseNetworkEffect, NetworkOnDay } from './case-network-effect.schema.ts';
import type { Case } from './cases.schema.ts';

/** The day before `day` (YYYY-MM-DD). */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The effect of `kase`'s agreement on its centre's network as `actor` may see it. */
export async function caseNetworkEffect(db: Db, actor: Actor, kase: Case): Promise<CaseNetworkEffect> {
  const base = { caseId: kase.id, centerId: kase.centerId, agreedOn: kase.agreedOn };
  if (kase.agreedOn === null) return { ...base, endedTies: 0, before: null, after: null };
  const agreedOn = kase.agreedOn;
  const before = dayBefore(agreedOn);
  const [was, is] = await Promise.all([
    analysesFor(db, actor, [kase.centerId], before),
    analysesFor(db, actor, [kase.centerId], agreedOn),
  ]);
  return {
    ...base,
    endedTies: kase.ties.filter((t) => t.endDate === agreedOn).length,
    before: onDay(before, was.get(kase.centerId)),
    after: onDay(agreedOn, is.get(kase.centerId)),
  };
}

function onDay(day: string, analysis: CenterAnalysis | undefined): NetworkOnDay | null {
  if (!analysis) return null;
  const { indicators, camps } = analysis;
  const [a, b] = camps ? [camps[0].length, camps[1].length] : [0, 0];
  return {
    day,
    frustration: indicators.frustration,
    normalizedFrustration: indicators.normalizedFrustration,
    frustrationExact: indicators.frustrationExact,
    conflictTies: indicators.conflictTies,
    campSizes: camps ? [Math.max(a, b), Math.min(a, b)] : null,
  };
}
