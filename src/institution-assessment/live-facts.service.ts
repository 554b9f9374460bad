import { betweenness, degree } from '../analysis/index.ts';
import type { Db } from '../db/database.ts';
import { institutionFacilityUtilisation } from '../facilities/facility-utilisation.service.ts';
import { centerGraph, pairKey } from '../networks/load/center-graph.ts';
import { loadCenterNetworks } from '../networks/load/network.repo.ts';
import {
  activeFirms,
  casesHandledCount,
  challengeCounts,
  currentMembers,
  poolsRunCount,
  servedCenterIds,
} from './assessment.repo.ts';
import type { LiveFacts } from './live-indicators.ts';

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * The network facts of the members in the networks of the centres the institution serves, on `day` (the
 * one loader, full visibility: only aggregates leave this function). Density counts each member pair with
 * a positive tie once, whichever centre records it; the board's centrality is averaged over every
 * (board firm, centre) where the firm appears.
 */
async function networkFacts(
  db: Db,
  centerIds: readonly string[],
  members: Set<string>,
  board: Set<string>,
  day: string,
) {
  const networks = await loadCenterNetworks(db, centerIds, day, undefined, { structureOnly: true });
  const positivePairs = new Set<string>();
  const degrees: number[] = [];
  const betweens: number[] = [];
  for (const network of networks.values()) {
    const graph = centerGraph(network);
    for (let e = 0; e < graph.size; e++) {
      const a = graph.ids[graph.edgeSource[e] as number] as string;
      const b = graph.ids[graph.edgeTarget[e] as number] as string;
      if ((graph.edgeSign[e] as number) > 0 && members.has(a) && members.has(b))
        positivePairs.add(pairKey(a, b));
    }
    const onBoard = [...board].filter((id) => graph.index.has(id));
    if (onBoard.length === 0) continue;
    const centrality = degree(graph).centrality;
    const between = betweenness(graph);
    for (const id of onBoard) {
      const i = graph.index.get(id) as number;
      degrees.push(centrality[i] as number);
      betweens.push(between[i] as number);
    }
  }
  const n = members.size;
  return {
    memberTieDensity: n < 2 ? null : positivePairs.size / ((n * (n - 1)) / 2),
    boardDegree: mean(degrees),
    boardBetweenness: mean(betweens),
  };
}

/** Everything the live indicators read about institution `id` on `day`. */
export async function liveFacts(db: Db, id: string, day: string): Promise<LiveFacts> {
  const members = await currentMembers(db, id, day);
  const memberIds = members.map((m) => m.enterpriseId);
  const [active, challenges, poolsRun, casesHandled, centerIds] = await Promise.all([
    activeFirms(db, memberIds, day),
    challengeCounts(db, id),
    poolsRunCount(db, id, day),
    casesHandledCount(db, id, day),
    servedCenterIds(db, id),
  ]);
  const board = new Set(members.filter((m) => m.board).map((m) => m.enterpriseId));
  const [network, facilities] = await Promise.all([
    networkFacts(db, centerIds, new Set(memberIds), board, day),
    institutionFacilityUtilisation(db, id, centerIds, day),
  ]);
  return {
    members: members.length,
    activeMembers: active.size,
    challengesOpen: challenges.open,
    challengesResolved: challenges.resolved,
    poolsRun,
    casesHandled,
    ...network,
    facilityUtilisation: facilities.utilisation,
  };
}
