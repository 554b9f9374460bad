import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { interactionPolicy } from '../../interactions/interactions.policy.ts';
import { analysesFor } from '../analysis/analysis.service.ts';
import { pairKey, tieSign } from '../load/center-graph.ts';
import { loadCenterNetwork } from '../load/network.repo.ts';
import type { NetworkTie } from '../view/network.schema.ts';
import type { NetworkChange } from './change.schema.ts';

/**
 * What changed in a centre's network between two dates (METHODS.md §3 "Change between waves"), as the
 * actor may see it: ties active on `to` but not on `from` (gained), the reverse (lost), and pairs whose
 * sign in the analysis view turned from collaboration to conflict or back (flipped, shown with one tie of
 * each sign). Indicators at both dates come from the stored analyses when the actor sees every tie.
 */
export async function networkChange(
  db: Db,
  actor: Actor,
  centerId: string,
  from: string,
  to: string,
): Promise<NetworkChange> {
  const visible = interactionPolicy.readScope(actor);
  const [before, after, analysesFrom, analysesTo] = await Promise.all([
    loadCenterNetwork(db, centerId, from, visible),
    loadCenterNetwork(db, centerId, to, visible),
    analysesFor(db, actor, [centerId], from),
    analysesFor(db, actor, [centerId], to),
  ]);
  const beforeIds = new Set(before.ties.map((t) => t.id));
  const afterIds = new Set(after.ties.map((t) => t.id));
  const signsBefore = pairSigns(before.ties);
  const signsAfter = pairSigns(after.ties);
  const flipped: NetworkChange['flipped'] = [];
  for (const [key, was] of signsBefore) {
    const now = signsAfter.get(key);
    if (!now || now.sign === was.sign) continue;
    flipped.push({ source: was.tie.source, target: was.tie.target, from: was.tie, to: now.tie });
  }
  return {
    centerId,
    from,
    to,
    gained: after.ties.filter((t) => !beforeIds.has(t.id)),
    lost: before.ties.filter((t) => !afterIds.has(t.id)),
    flipped,
    indicatorsFrom: analysesFrom.get(centerId)?.indicators as NetworkChange['indicatorsFrom'],
    indicatorsTo: analysesTo.get(centerId)?.indicators as NetworkChange['indicatorsTo'],
  };
}

// The sign of each pair as the analysis view collapses it (more ties wins, a tie goes to conflict), with
// a representative tie of that sign.
function pairSigns(ties: readonly NetworkTie[]): Map<string, { sign: 1 | -1; tie: NetworkTie }> {
  const counts = new Map<
    string,
    { plus: number; minus: number; positive?: NetworkTie; negative?: NetworkTie }
  >();
  for (const tie of ties) {
    const sign = tieSign(tie);
    if (sign === null) continue;
    const key = pairKey(tie.source, tie.target);
    const c = counts.get(key) ?? { plus: 0, minus: 0 };
    if (sign > 0) {
      c.plus++;
      c.positive ??= tie;
    } else {
      c.minus++;
      c.negative ??= tie;
    }
    counts.set(key, c);
  }
  const signs = new Map<string, { sign: 1 | -1; tie: NetworkTie }>();
  for (const [key, c] of counts) {
    signs.set(
      key,
      c.minus >= c.plus
        ? { sign: -1, tie: c.negative as NetworkTie }
        : { sign: 1, tie: c.positive as NetworkTie },
    );
  }
  return signs;
}
