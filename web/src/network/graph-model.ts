import Graph from 'graphology';
import type { CenterAnalysis, NodeMeasures } from '../../../src/networks/analysis/analysis.schema.ts';
import type { CenterNetwork, NetworkNode, NetworkTie } from '../../../src/networks/view/network.schema.ts';

/** Valence colours, the same as the badges in styles.css (each ≥ 4.5:1 on white). */
export const VALENCE_COLOURS = {
  collaboration: '#1a7f37',
  conflict: '#c62828',
  coopetition: '#8a5a00',
} as const;
export type TieValence = keyof typeof VALENCE_COLOURS;

/**
 * Categorical colours for camps and communities: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
 * Design"), whose eight hues stay apart for the common colour-vision deficiencies, minus its yellow
 * (#F0E442, under 1.5:1 on white) and with black last. Camp 0 and 1 get blue and orange, the pair most
 * readers tell apart whatever their colour vision. The ninth and later communities share the neutral grey.
 */
export const CATEGORY_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000'];
export const NEUTRAL_COLOUR = '#8c959f';
export const INSTITUTION_COLOUR = '#3b4a5a';
export const FIRM_COLOUR = '#0072B2';

export type SizeMeasure = 'degree' | 'betweenness' | 'pagerank' | 'eigenvector';
export type ColourMode = 'community' | 'camp' | 'kind' | 'position';

export interface NodeAttrs {
  label: string;
  kind: NetworkNode['kind'];
  member: boolean;
  x: number;
  y: number;
  size: number;
  color: string;
  measures: NodeMeasures | null;
  /** Signed blockmodel position (0-based) of the node, set when the reader colours by position. */
  position?: number | null;
  /** Set on a collapsed community (community-view.ts): its number and how many nodes it stands for. */
  meta?: { community: number; members: number };
}
export interface EdgeAttrs {
  tie: NetworkTie;
  color: string;
  size: number;
  /** Dash length in pixels; 0 draws a solid line (see the dashed layer in NetworkCanvas). */
  dashSize: number;
  /** The solid layer's colour: transparent on dashed ties so their gaps stay empty. */
  plainColor: string;
  head: string;
  /** Opacity of the tie: stronger ties (strength 1–5) are drawn more opaque. */
  alpha: number;
  /** On a collapsed community's tie: how many ties it stands for. */
  count?: number;
}
export type NetworkGraph = Graph<NodeAttrs, EdgeAttrs>;

/** What the reader chose to see: tie valences, types and a date (ties active that day). */
export interface TieFilter {
  valences: ReadonlySet<string>;
  /** Empty: every type. */
  types: ReadonlySet<string>;
  /** `YYYY-MM-DD`, or null for every tie ever recorded. */
  at: string | null;
  /** The nodes left by the k-core or ego view (view-filters.ts); null or absent: every node. */
  nodes?: ReadonlySet<string> | null;
}

/**
 * Above this many ties a centre is drawn with Canvas 2D (thin lines, no arrows) instead of sigma. Real
 * centres have a few dozen firms and a few hundred ties, the demo's at most 150 firms and ~1,300 ties, all
 * kept on sigma on a machine with a GPU (where WebGL is software, every graph is drawn with Canvas 2D:
 * renderer-choice.ts). In software WebGL (no GPU) sigma needs ~0.25 s per pan/zoom frame at
 * 250 firms / 1,000 ties and ~1 s at 500 / 2,000 (bench/web-network.bench.ts), seconds beyond.
 */
export const LARGE_GRAPH_TIES = 2000;
/** Likewise for nodes: each sigma node is an instanced draw, which software WebGL runs one by one. */
export const LARGE_GRAPH_NODES = 1000;

/** Whether a network is drawn as a large graph (Canvas 2D, no arrows). */
export function isLargeGraph(graph: Pick<NetworkGraph, 'size' | 'order'>): boolean {
  return graph.size > LARGE_GRAPH_TIES || graph.order > LARGE_GRAPH_NODES;
}

/** A tie is active on day d when startDate ≤ d < endDate (the API's rule). */
export function tieActiveAt(tie: Pick<NetworkTie, 'startDate' | 'endDate'>, at: string): boolean {
  return tie.startDate <= at && (tie.endDate === null || at < tie.endDate);
}

/** Whether the filter keeps a tie. */
export function tieVisible(tie: NetworkTie, filter: TieFilter): boolean {
  if (!filter.valences.has(tie.valence)) return false;
  if (filter.types.size > 0 && !filter.types.has(tie.type)) return false;
  if (filter.nodes && !(filter.nodes.has(tie.source) && filter.nodes.has(tie.target))) return false;
  return filter.at === null || tieActiveAt(tie, filter.at);
}

/**
 * Builds the graph sigma draws. Nodes start on a circle ordered by community and id, so the first picture (and the
 * layout that follows) is the same for the same data; the measures come from the stored analysis when
 * there is one, and the degree is counted here when there is not.
 */
export function buildGraph(network: CenterNetwork, analysis: CenterAnalysis | null): NetworkGraph {
  const graph: NetworkGraph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  const measures = new Map((analysis?.nodes ?? []).map((m) => [m.id, m]));
  // Ordered by community, then id: a community starts on one arc of the circle, so the layout that
  // follows pulls it into one cluster instead of untangling members from opposite sides.
  const community = (id: string) => measures.get(id)?.community ?? Number.MAX_SAFE_INTEGER;
  const nodes = [...network.nodes].sort(
    (a, b) => community(a.id) - community(b.id) || (a.id < b.id ? -1 : 1),
  );
  const radius = Math.max(10, Math.sqrt(nodes.length) * 10);
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      member: node.member,
      x: radius * Math.cos(angle) + (i % 7) * 0.37,
      y: radius * Math.sin(angle) + (i % 5) * 0.29,
      size: 4,
      color: FIRM_COLOUR,
      measures: measures.get(node.id) ?? null,
    });
  });
  for (const tie of network.ties) {
    if (!graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    const dashed = tie.valence === 'conflict';
    const color = VALENCE_COLOURS[tie.valence];
    const attrs: EdgeAttrs = {
      tie,
      color,
      size: tie.valence === 'collaboration' ? 1.5 : 2,
      dashSize: dashed ? 6 : 0,
      plainColor: dashed ? 'rgba(0,0,0,0)' : color,
      head: tie.directed ? 'arrow' : 'none',
      alpha: strengthAlpha(tie.strength),
    };
    if (tie.directed) graph.addDirectedEdgeWithKey(tie.id, tie.source, tie.target, attrs);
    else graph.addUndirectedEdgeWithKey(tie.id, tie.source, tie.target, attrs);
  }
  return graph;
}

/** Opacity from a tie's strength (1–5): weak ties recede, strong ones stand out; unknown in between. */
export function strengthAlpha(strength: number | null): number {
  return strength === null ? 0.7 : 0.3 + 0.14 * Math.min(5, Math.max(1, strength));
}

/**
 * How much a dense drawing's ties recede (1: not at all). Past a few hundred ties the lines cover the
 * nodes, and the colours of camps and communities are what the reader needs to see, so ties fade
 * towards 0.4 of their opacity by 1,200 ties; a focus brings its ties back to full strength.
 */
export function tieFade(ties: number): number {
  if (ties <= 400) return 1;
  return Math.max(0.4, 1 - (0.6 * (ties - 400)) / 800);
}

/** Whether a node is drawn under the filter (the k-core or ego view may leave it out). */
export function nodeVisible(filter: TieFilter, node: string): boolean {
  return !filter.nodes || filter.nodes.has(node);
}

/** A node's value of a centrality measure (degree counted on the graph when no analysis exists). */
export function measureOf(graph: NetworkGraph, node: string, measure: SizeMeasure): number {
  const m = graph.getNodeAttribute(node, 'measures');
  if (measure === 'degree') return m?.degree ?? graph.degree(node);
  return m?.[measure] ?? 0;
}

/** Sets node sizes (2–9, or 3–9 past 100 nodes; by the square root so hubs do not swamp the picture) and colours. */
export function styleNodes(
  graph: NetworkGraph,
  sizeBy: SizeMeasure,
  colourBy: ColourMode,
  palette: GroupPalette = new Map(),
): void {
  let max = 0;
  graph.forEachNode((node) => {
    max = Math.max(max, measureOf(graph, node, sizeBy));
  });
  // In a big network the smallest discs must still show their colour between the ties.
  const min = graph.order > 100 ? 3 : 2;
  graph.updateEachNodeAttributes((node, attrs) => {
    const value = measureOf(graph, node, sizeBy);
    const size = min + (max > 0 ? Math.sqrt(value / max) : 0) * (9 - min);
    return { ...attrs, size, color: nodeColour(attrs, colourBy, palette) };
  });
}

/** The colour of a node under a colour mode (also used by the legend and the SVG export). */
export function nodeColour(
  attrs: Pick<NodeAttrs, 'kind' | 'member' | 'measures' | 'position'>,
  mode: ColourMode,
  palette: GroupPalette,
): string {
  if (mode === 'kind') {
    if (attrs.kind === 'institution') return INSTITUTION_COLOUR;
    return attrs.member ? FIRM_COLOUR : NEUTRAL_COLOUR;
  }
  const group =
    mode === 'position'
      ? attrs.position
      : mode === 'community'
        ? attrs.measures?.community
        : attrs.measures?.camp;
  if (group === null || group === undefined) return NEUTRAL_COLOUR;
  return palette.get(group) ?? NEUTRAL_COLOUR;
}

/** Community, camp or position number → colour; groups left out are drawn in the neutral grey. */
export type GroupPalette = ReadonlyMap<number, string>;

/** What ties are coloured by: their valence (green, red dashed, amber) or their type (conflicts stay dashed). */
export type TieColourMode = 'valence' | 'type';

/** Sets every tie's colour for a mode; types beyond the palette (TypePalette) are grey. */
export function styleEdges(
  graph: NetworkGraph,
  mode: TieColourMode,
  types: ReadonlyMap<string, string>,
): void {
  graph.updateEachEdgeAttributes((_edge, attrs) => {
    if (attrs.count) return attrs;
    const color =
      mode === 'type' ? (types.get(attrs.tie.type) ?? NEUTRAL_COLOUR) : VALENCE_COLOURS[attrs.tie.valence];
    return { ...attrs, color, plainColor: attrs.dashSize ? 'rgba(0,0,0,0)' : color };
  });
}

/**
 * Colours for the groups present, the largest first: a colour-blind-safe palette has only so many
 * distinguishable hues, so the smallest communities beyond them share the grey ("other communities").
 */
export function groupPalette<K>(sizes: ReadonlyMap<K, number>): Map<K, string> {
  const ranked = [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(ranked.slice(0, CATEGORY_COLOURS.length).map(([group], i) => [group, CATEGORY_COLOURS[i]!]));
}

/** Undirected neighbours of a node over the ties the filter keeps. */
export function visibleNeighbours(graph: NetworkGraph, node: string, filter: TieFilter): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(node, (_edge, attrs, source, target) => {
    if (tieVisible(attrs.tie, filter)) out.add(source === node ? target : source);
  });
  return out;
}

/** The earliest start and latest start/end over the ties: the date slider's range. */
export function dateRange(ties: readonly NetworkTie[]): { min: string; max: string } | null {
  if (ties.length === 0) return null;
  let min = ties[0]!.startDate;
  let max = min;
  for (const tie of ties) {
    if (tie.startDate < min) min = tie.startDate;
    if (tie.startDate > max) max = tie.startDate;
    if (tie.endDate && tie.endDate > max) max = tie.endDate;
  }
  return { min, max };
}

/** Day number (days since 1970-01-01) of an ISO date and back: the slider moves in whole days. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
