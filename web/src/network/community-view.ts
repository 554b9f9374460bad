import Graph from 'graphology';
import type { NetworkTie } from '../../../src/networks/view/network.schema.ts';
import {
  type EdgeAttrs,
  NEUTRAL_COLOUR,
  type NetworkGraph,
  type TieFilter,
  tieVisible,
  VALENCE_COLOURS,
} from './graph-model.ts';

/** Id prefix of a collapsed community's node: `community:<number>`. */
export const COMMUNITY_PREFIX = 'community:';

/** The community a collapsed node stands for, or null for a firm's or institution's own node. */
export function communityOfNode(id: string): number | null {
  return id.startsWith(COMMUNITY_PREFIX) ? Number(id.slice(COMMUNITY_PREFIX.length)) : null;
}

/** Communities smaller than this keep their own nodes: a circle standing for one or two firms hides them. */
export const MIN_COLLAPSED = 3;

/** Above this many ties a centre with communities opens collapsed into them (Tegalwangi: 1,381). */
export const COLLAPSE_TIES = 1000;

interface Aggregate {
  source: string;
  target: string;
  count: number;
  /** Collaborations minus conflicts (coopetition counts neither way). */
  net: number;
}

/**
 * The graph with every community not in `expanded` drawn as one node (sized by its members, at their
 * centre, in the colour most of its members have: by camp, the camp the community leans to) and the ties between groups added up into one tie per pair of groups: its width grows with the
 * count, its colour is the net sign (green: more collaboration, red dashed: more conflict, amber: even).
 * Expanded communities' members, nodes without a community and communities of fewer than MIN_COLLAPSED
 * nodes keep their own nodes and ties. The ties
 * counted are those the filter keeps, so the tie type and date filters apply to the summary too.
 */
export function collapseCommunities(
  graph: NetworkGraph,
  filter: TieFilter,
  expanded: ReadonlySet<number>,
  label: (community: number, members: number) => string,
): NetworkGraph {
  const out: NetworkGraph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  const groupOf = new Map<string, string>();
  const members = new Map<number, { n: number; x: number; y: number; colours: Map<string, number> }>();
  const counts = new Map<number, number>();
  graph.forEachNode((_node, attrs) => {
    const community = attrs.measures?.community;
    if (community != null) counts.set(community, (counts.get(community) ?? 0) + 1);
  });
  graph.forEachNode((node, attrs) => {
    const community = attrs.measures?.community ?? null;
    if (community === null || expanded.has(community) || counts.get(community)! < MIN_COLLAPSED) {
      groupOf.set(node, node);
      out.addNode(node, { ...attrs });
      return;
    }
    groupOf.set(node, `${COMMUNITY_PREFIX}${community}`);
    const m = members.get(community) ?? { n: 0, x: 0, y: 0, colours: new Map() };
    m.colours.set(attrs.color, (m.colours.get(attrs.color) ?? 0) + 1);
    members.set(community, { ...m, n: m.n + 1, x: m.x + attrs.x, y: m.y + attrs.y });
  });
  for (const [community, m] of members) {
    out.addNode(`${COMMUNITY_PREFIX}${community}`, {
      label: label(community, m.n),
      kind: 'enterprise',
      member: true,
      x: m.x / m.n,
      y: m.y / m.n,
      size: Math.min(24, 4 + 2 * Math.sqrt(m.n)),
      color: majority(m.colours),
      measures: null,
      meta: { community, members: m.n },
    });
  }
  const aggregates = new Map<string, Aggregate>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!tieVisible(attrs.tie, filter)) return;
    const a = groupOf.get(source)!;
    const b = groupOf.get(target)!;
    if (a === source && b === target) {
      if (attrs.tie.directed) out.addDirectedEdgeWithKey(edge, a, b, { ...attrs });
      else out.addUndirectedEdgeWithKey(edge, a, b, { ...attrs });
      return;
    }
    if (a === b) return;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${lo}|${hi}`;
    const sum = aggregates.get(key) ?? { source: lo, target: hi, count: 0, net: 0 };
    sum.count++;
    sum.net += attrs.tie.valence === 'collaboration' ? 1 : attrs.tie.valence === 'conflict' ? -1 : 0;
    aggregates.set(key, sum);
  });
  for (const [key, sum] of aggregates)
    out.addUndirectedEdgeWithKey(key, sum.source, sum.target, summaryTie(key, sum));
  return out;
}

/** The most frequent colour (the first seen on a tie). */
function majority(colours: Map<string, number>): string {
  let best = NEUTRAL_COLOUR;
  let most = 0;
  for (const [colour, n] of colours)
    if (n > most) {
      best = colour;
      most = n;
    }
  return best;
}

function summaryTie(key: string, sum: Aggregate): EdgeAttrs {
  const valence = sum.net > 0 ? 'collaboration' : sum.net < 0 ? 'conflict' : 'coopetition';
  const dashed = valence === 'conflict';
  const tie = {
    id: key,
    source: sum.source,
    target: sum.target,
    type: 'summary',
    valence,
    directed: false,
    startDate: '0001-01-01',
    endDate: null,
    strength: null,
    frequency: null,
    formality: '',
    confidence: '',
    legalPattern: null,
    confidential: false,
  } as unknown as NetworkTie;
  return {
    tie,
    color: VALENCE_COLOURS[valence],
    size: Math.min(8, 1 + Math.log2(sum.count)),
    dashSize: dashed ? 6 : 0,
    plainColor: dashed ? 'rgba(0,0,0,0)' : VALENCE_COLOURS[valence],
    head: 'none',
    alpha: 0.8,
    count: sum.count,
  };
}
