import type { NetworkGraph, TieFilter } from './graph-model.ts';
import type { MarkCounts, WhatIfMarks } from './whatif-overlay.ts';

/** What the page can do with the drawn network. */
export interface CanvasHandle {
  /** A PNG of what is on screen (all canvas layers on a white background). */
  snapshot(): Promise<Blob | null>;
}

/** The props both network drawings (sigma, and the Canvas 2D drawing) take. */
export interface CanvasProps {
  graph: NetworkGraph;
  filter: TieFilter;
  /** The highlighted node and its neighbours; null shows everything. */
  focus: { node: string; neighbours: ReadonlySet<string> } | null;
  label: string;
  onNodeClick(node: string): void;
  onHandle(handle: CanvasHandle | null): void;
  onWebglMissing(): void;
  /** Changing this re-runs the layout. */
  layoutRun: number;
  onLayoutChange(running: boolean): void;
  /** A what-if's changes to highlight; null draws the network as it is today. */
  marks: WhatIfMarks | null;
}

/** What a drawing shows, for the container's data-* attributes (read by tests and the bench). */
export interface ShownCounts {
  nodes: number;
  edges: number;
  valences: string;
  /** What is drawn of a what-if's highlighted changes; null without a what-if shown. */
  marks: MarkCounts | null;
}

/**
 * The container attributes both drawings share: an image role with the view's label, and what is drawn
 * (`data-*`, read by the browser tests and the web bench).
 */
export function drawingAttributes(
  renderer: 'webgl' | 'canvas',
  label: string,
  counts: ShownCounts | null,
  layout: string,
) {
  return {
    role: 'img',
    'aria-label': label,
    'data-testid': 'network-canvas',
    'data-renderer': renderer,
    'data-node-count': counts?.nodes,
    'data-edge-count': counts?.edges,
    'data-edge-valences': counts?.valences,
    'data-layout': layout,
    'data-whatif': counts?.marks ? 'shown' : undefined,
    'data-whatif-added-ties': counts?.marks?.addedTies,
    'data-whatif-removed-ties': counts?.marks?.removedTies,
    'data-whatif-removed-firms': counts?.marks?.removedNodes,
    'data-whatif-added-firms': counts?.marks?.addedNodes,
  } as const;
}
