/**
 * Centre indicators (DOMAIN.md §7.2) from a centre's network and its analysis, plus the few extra facts
 * the pattern rules and explanations need. Every "tie" count is a linked pair of the analysis view
 * (`center-graph.ts`), so densities stay within 0–1 however many types a pair carries.
 */

import type { Graph, NetworkAnalysis } from '../../analysis/index.ts';
import type { NetworkStructure } from '../view/network.schema.ts';
import type { CenterIndicators } from './analysis.schema.ts';
import { structureIndicators } from './center-structure.ts';
import { orderCounts } from './orders.ts';

export { ORDER_TYPES } from './orders.ts';

/** Share of firms counted as "the top order-givers" in `orderGiverDominance` (at least one firm). */
export const TOP_GIVER_SHARE = 0.1;

/** An enterprise's membership of an institution on the analysed date. */
export interface Affiliation {
  enterpriseId: string;
  institutionId: string;
}

/** Indicators plus what the pattern rules read besides them. */
export interface CenterFacts {
  indicators: CenterIndicators;
  /** Maklun and subcontract ties between firms, and how many firms count as top order-givers. */
  orderTies: number;
  topGivers: number;
  /** Collaboration pairs inside an institution (both firms members of one, or a firm and the institution). */
  institutionalCollaborationShare: number | null;
  /** Conflict pairs that run between the two camps, over all conflict pairs. */
  conflictAcrossCamps: number | null;
  /** Firms in the smaller camp over firms with a signed tie. */
  smallerCampShare: number | null;
}

/** Computes the indicators of `network` from its view `graph` and that view's `analysis`. */
export function centerFacts(
  network: NetworkStructure,
  graph: Graph,
  analysis: NetworkAnalysis,
  affiliations: readonly Affiliation[],
): CenterFacts {
  const firm = new Set(network.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id));
  const institution = new Set(network.nodes.filter((n) => n.kind === 'institution').map((n) => n.id));
  const firms = firm.size;
  const firmPairs = (firms * (firms - 1)) / 2;
  const groupsOf = new Map<string, Set<string>>();
  for (const a of affiliations) {
    const set = groupsOf.get(a.enterpriseId) ?? new Set<string>();
    set.add(a.institutionId);
    groupsOf.set(a.enterpriseId, set);
  }

  let positive = 0;
  let negative = 0;
  let positiveFirmPairs = 0;
  let negativeFirmPairs = 0;
  let institutional = 0;
  const tiedToInstitution = new Set<string>();
  const parent = network.nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (let e = 0; e < graph.size; e++) {
    const u = graph.edgeSource[e] as number;
    const v = graph.edgeTarget[e] as number;
    const a = graph.ids[u] as string;
    const b = graph.ids[v] as string;
    const bothFirms = firm.has(a) && firm.has(b);
    if ((graph.edgeSign[e] as number) < 0) {
      negative++;
      if (bothFirms) negativeFirmPairs++;
      continue;
    }
    positive++;
    parent[find(u)] = find(v);
    if (bothFirms) {
      positiveFirmPairs++;
      const shared = groupsOf.get(a);
      if (shared && [...(groupsOf.get(b) ?? [])].some((g) => shared.has(g))) institutional++;
    } else if (institution.has(a) || institution.has(b)) {
      institutional++;
      tiedToInstitution.add(firm.has(a) ? a : b);
    }
  }

  const componentFirms = new Map<number, number>();
  graph.ids.forEach((id, i) => {
    if (firm.has(id)) componentFirms.set(find(i), (componentFirms.get(find(i)) ?? 0) + 1);
  });
  const members = network.nodes.filter((n) => n.kind === 'enterprise' && n.member);
  const covered = members.filter((n) => groupsOf.has(n.id) || tiedToInstitution.has(n.id)).length;
  const balance = analysis.graph.balance;
  const order = orderGiving(network, firm);

  const indicators: CenterIndicators = {
    firms,
    institutions: institution.size,
    collaborationTies: positive,
    conflictTies: negative,
    collaborationDensity: firmPairs > 0 ? positiveFirmPairs / firmPairs : null,
    conflictDensity: firmPairs > 0 ? negativeFirmPairs / firmPairs : null,
    collaborationConflictRatio: negative > 0 ? positive / negative : null,
    largestCollaborativeComponentShare: firms > 0 ? Math.max(0, ...componentFirms.values()) / firms : null,
    orderGiverDominance: order.dominance,
    institutionalCoverage: members.length > 0 ? covered / members.length : null,
    balanceRatio: balance?.ratio ?? null,
    weakBalanceRatio: balance?.weakRatio ?? null,
    frustration: negative > 0 && balance ? balance.frustration.index : null,
    normalizedFrustration: negative > 0 && balance ? balance.frustration.normalized : null,
    frustrationExact: negative > 0 && balance ? balance.frustrationExact : true,
    modularity: analysis.graph.modularity,
    communities: analysis.graph.communities,
    ...structureIndicators(network, graph, analysis),
  };
  return {
    indicators,
    orderTies: order.ties,
    topGivers: order.topGivers,
    institutionalCollaborationShare: positive > 0 ? institutional / positive : null,
    ...campShape(graph, analysis, firm, negative),
  };
}

/**
 * Order-giver dominance: the share of maklun and subcontract ties between firms that the top 10% of firms
 * (at least one), ranked by the orders they give, hand out. A concentration ratio (CR_k, as in industrial
 * economics) rather than a Gini or HHI, because "4 firms give 78% of the orders" can be said in one line.
 */
function orderGiving(network: NetworkStructure, firm: ReadonlySet<string>) {
  const { given, ties } = orderCounts(network, firm);
  const topGivers = Math.max(1, Math.round(firm.size * TOP_GIVER_SHARE));
  const top = [...given.values()].sort((a, b) => b - a).slice(0, topGivers);
  const dominance = ties > 0 ? top.reduce((sum, x) => sum + x, 0) / ties : null;
  return { ties, topGivers, dominance };
}

// How the conflicts sit against the two camps of the best split.
function campShape(graph: Graph, analysis: NetworkAnalysis, firm: ReadonlySet<string>, negative: number) {
  const balance = analysis.graph.balance;
  if (!balance || negative === 0) return { conflictAcrossCamps: null, smallerCampShare: null };
  const frustratedConflicts = balance.frustration.frustratedTies.filter(
    (t) => t.sign < 0 && t.inCamps,
  ).length;
  const signedFirms = new Set<string>();
  for (let e = 0; e < graph.size; e++) {
    for (const end of [graph.edgeSource[e], graph.edgeTarget[e]]) {
      const id = graph.ids[end as number] as string;
      if (firm.has(id)) signedFirms.add(id);
    }
  }
  const [a, b] = balance.camps;
  const inA = a.filter((id) => signedFirms.has(id)).length;
  const inB = b.filter((id) => signedFirms.has(id)).length;
  return {
    conflictAcrossCamps: (negative - frustratedConflicts) / negative,
    smallerCampShare: signedFirms.size > 0 ? Math.min(inA, inB) / signedFirms.size : null,
  };
}
