import { useMemo } from 'react';
import type { CenterAnalysis } from '../../../src/networks/analysis/analysis.schema.ts';
import { COLLAPSE_TIES, collapseCommunities, MIN_COLLAPSED } from './community-view.ts';
import {
  type ColourMode,
  type GroupPalette,
  groupPalette,
  type NetworkGraph,
  type SizeMeasure,
  styleEdges,
  styleNodes,
  type TieColourMode,
  type TieFilter,
} from './graph-model.ts';
import { coreNumbers, egoNodes, intersect, kCoreNodes, tiedNodes } from './view-filters.ts';

/** How the reader narrowed a big network down (NetworkView owns it, ViewControls changes it). */
export interface ViewState {
  /** Communities drawn as one node each until expanded. */
  collapsed: boolean;
  expanded: ReadonlySet<number>;
  /** Keep the k-core; 0 keeps every node. */
  k: number;
  /** Keep the selected node's neighbourhood to this distance; 0 keeps every node. */
  egoDepth: number;
}

/** The view a network opens with: collapsed into communities when it is big and has them. */
export function initialView(ties: number, analysis: CenterAnalysis | null): ViewState {
  const communities = (analysis?.indicators.communities ?? 0) > 1;
  return { collapsed: communities && ties > COLLAPSE_TIES, expanded: new Set(), k: 0, egoDepth: 0 };
}

/** Number of nodes per community or camp in the analysis. */
function groupSizes(analysis: CenterAnalysis | null, key: 'camp' | 'community'): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const m of analysis?.nodes ?? []) {
    const g = m[key];
    if (g !== null) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  }
  return sizes;
}

/** Number of nodes per blockmodel position. */
function positionSizes(positions: ReadonlyMap<string, number> | null): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const p of positions?.values() ?? []) sizes.set(p, (sizes.get(p) ?? 0) + 1);
  return sizes;
}

interface Input {
  graph: NetworkGraph;
  analysis: CenterAnalysis | null;
  sizeBy: SizeMeasure;
  colourBy: ColourMode;
  tieColourBy: TieColourMode;
  /** Tie type code → colour (the most frequent types first). */
  typePalette: ReadonlyMap<string, string>;
  /** The valence, type and date filter (without nodes). */
  filter: TieFilter;
  view: ViewState;
  selected: string | null;
  /** Blockmodel position of each node (GET …/analysis/blockmodel), for colouring by position. */
  positions?: ReadonlyMap<string, number> | null;
  communityLabel(community: number, members: number): string;
}

/**
 * What is drawn: the styled graph or its community summary, and the filter with the k-core and ego
 * views' node set. Colours come from a palette over the groups present (largest first), so the legend
 * and the drawing agree.
 */
export function useNetworkViews({
  graph,
  analysis,
  sizeBy,
  colourBy,
  tieColourBy,
  typePalette,
  filter,
  view,
  selected,
  positions = null,
  communityLabel,
}: Input) {
  const sizes = useMemo(
    () =>
      colourBy === 'position'
        ? positionSizes(positions)
        : groupSizes(analysis, colourBy === 'camp' ? 'camp' : 'community'),
    [analysis, colourBy, positions],
  );
  const palette: GroupPalette = useMemo(() => groupPalette(sizes), [sizes]);
  // The communities the summary can collapse (MIN_COLLAPSED members or more), for the keyboard's list.
  const communities = useMemo(
    () =>
      [...groupSizes(analysis, 'community')]
        .filter(([, members]) => members >= MIN_COLLAPSED)
        .sort((a, b) => a[0] - b[0])
        .map(([n, members]) => ({ n, members })),
    [analysis],
  );
  // Styling mutates the graph's attributes (the drawings listen for it); the version keys what follows.
  const styled = useMemo(() => {
    if (colourBy === 'position')
      graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, position: positions?.get(node) ?? null }));
    styleNodes(graph, sizeBy, colourBy, palette);
    styleEdges(graph, tieColourBy, typePalette);
    return { graph };
  }, [graph, sizeBy, colourBy, palette, tieColourBy, typePalette, positions]);
  const cores = useMemo(() => coreNumbers(styled.graph, filter), [styled, filter]);
  const maxCore = useMemo(() => Math.max(0, ...cores.values()), [cores]);
  const drawn = useMemo(
    () =>
      view.collapsed
        ? collapseCommunities(styled.graph, filter, view.expanded, communityLabel)
        : styled.graph,
    [styled, filter, view.collapsed, view.expanded, communityLabel],
  );
  const nodes = useMemo(() => {
    const core = view.k > 0 ? kCoreNodes(cores, view.k) : null;
    const ego =
      view.egoDepth > 0 && selected && styled.graph.hasNode(selected)
        ? egoNodes(styled.graph, filter, selected, view.egoDepth)
        : null;
    // On a date, a firm appears with its first tie and goes with its last: the time slider's story.
    const dated = filter.at ? tiedNodes(styled.graph, filter) : null;
    const kept = intersect(intersect(core, ego), dated);
    if (!kept || drawn === styled.graph) return kept;
    // Collapsed communities stay in the summary; the views narrow the nodes drawn on their own.
    const out = new Set(kept);
    drawn.forEachNode((node, attrs) => {
      if (attrs.meta) out.add(node);
    });
    return out;
  }, [cores, view.k, view.egoDepth, selected, styled, filter, drawn]);
  const drawFilter = useMemo<TieFilter>(
    () =>
      drawn === styled.graph
        ? { ...filter, nodes }
        : // The summary's ties are already filtered; its summary ties have no type or date to test.
          { valences: filter.valences, types: new Set(), at: null, nodes },
    [drawn, styled, filter, nodes],
  );
  return { drawn, drawFilter, palette, sizes, maxCore, communities };
}
