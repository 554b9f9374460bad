import { useEffect, useRef, useState } from 'react';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, layerDashed, layerPlain, pathLine, pathLoop } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { drawingAttributes, type CanvasProps as Props, type ShownCounts } from './canvas-types.ts';
import { type NetworkGraph, nodeVisible, tieFade, tieVisible } from './graph-model.ts';
import { useForceLayout } from './layout.ts';
import {
  ADDED_COLOUR,
  ADDED_DASH,
  ADDED_PREFIX,
  countMarks,
  REMOVED_ALPHA,
  REMOVED_COLOUR,
  REMOVED_DASH,
  REMOVED_NODE_FILL,
  UNCHANGED_FADE,
} from './whatif-overlay.ts';

// One edge program for every tie: a solid layer (transparent on dashed ties) under a dashed layer
// (transparent where dashSize is 0), so conflicts are drawn dashed in WebGL without a second program.
const PRIMITIVES = {
  edges: {
    paths: [pathLine(), pathLoop()],
    extremities: [extremityArrow()],
    variables: {
      dashSize: { type: 'number', default: 0 },
      plainColor: { type: 'color', default: '#000000' },
    },
    layers: [
      layerPlain({ color: { attribute: 'plainColor' } }),
      layerDashed({
        dashSize: { attribute: 'dashSize', default: 0, mode: 'pixels' },
        gapSize: { value: 4, mode: 'pixels' },
        dashColor: { attribute: 'color' },
        gapColor: 0,
      }),
    ],
  },
} as const;

const FADED = '#d8dde3';

/**
 * The WebGL drawing of a centre network (sigma 4), its own chunk (NetworkCanvas.tsx loads it only when
 * WebGL is the renderer). Filters and focus are applied by reducers, so the
 * graph keeps every node and tie and switching filters costs one refresh. After each render the
 * container carries `data-node-count`/`data-edge-count` (what sigma actually shows) for tests.
 */
export default function SigmaNetwork(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const live = useRef(props);
  live.current = props;
  const [counts, setCounts] = useState<ShownCounts | null>(null);
  const countDirty = useRef(true);
  const layoutState = useForceLayout(props.graph, props.layoutRun, props.onLayoutChange);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const graph = props.graph;
    let sigma: Sigma;
    try {
      sigma = new Sigma(graph, element, {
        primitives: PRIMITIVES,
        styles: {
          nodes: DEFAULT_STYLES.nodes,
          edges: {
            ...DEFAULT_STYLES.edges,
            dashSize: { attribute: 'dashSize', defaultValue: 0 },
            plainColor: { attribute: 'plainColor', defaultValue: '#000000' },
            head: { attribute: 'head', defaultValue: 'none' },
          },
        },
        nodeReducer: (node, data) => reduceNode(node, data, live.current),
        edgeReducer: (edge, data) => reduceEdge(edge, data, graph, live.current),
        settings: {
          renderEdgeLabels: false,
          labelDensity: 0.5,
          labelRenderedSizeThreshold: 8,
          stagePadding: 24,
        },
      } as ConstructorParameters<typeof Sigma>[2]);
    } catch {
      live.current.onWebglMissing();
      return;
    }
    sigmaRef.current = sigma;
    countDirty.current = true;
    const afterRender = () => {
      if (!countDirty.current) return;
      countDirty.current = false;
      setCounts(countShown(sigma, graph, live.current));
    };
    sigma.on('afterRender', afterRender);
    sigma.on('clickNode', ({ node }) => live.current.onNodeClick(node));
    sigma.on('enterNode', () => {
      element.style.cursor = 'pointer';
    });
    sigma.on('leaveNode', () => {
      element.style.cursor = '';
    });
    live.current.onHandle({ snapshot: () => snapshot(sigma) });
    return () => {
      live.current.onHandle(null);
      sigma.kill();
      sigmaRef.current = null;
    };
  }, [props.graph]);

  // Re-apply the reducers whenever the filter, the focus or the what-if changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: filter, focus and marks are read through `live`.
  useEffect(() => {
    countDirty.current = true;
    sigmaRef.current?.refresh();
  }, [props.filter, props.focus, props.marks]);

  // The layout's last positions: draw them and recount once it has settled.
  useEffect(() => {
    if (layoutState !== 'done') return;
    countDirty.current = true;
    sigmaRef.current?.refresh();
  }, [layoutState]);

  return (
    <div
      ref={container}
      className="network-canvas"
      {...drawingAttributes('webgl', props.label, counts, layoutState)}
    />
  );
}

function reduceNode(node: string, data: NodeDisplayData, props: Props): Partial<NodeDisplayData> {
  if (!nodeVisible(props.filter, node)) return { ...data, visibility: 'hidden' };
  // A what-if's firm taken out is drawn pale; one brought in, highlighted (sigma's halo).
  if (props.marks?.removedNodes.has(node)) return { ...data, color: REMOVED_NODE_FILL };
  if (props.marks?.addedNodes.has(node)) return { ...data, highlighted: true, labelVisibility: 'visible' };
  if (props.marks?.touched.has(node) && !props.focus)
    return { ...data, labelVisibility: 'visible', zIndex: 1 };
  const focus = props.focus;
  if (!focus) return data;
  if (node === focus.node) return { ...data, highlighted: true, labelVisibility: 'visible', zIndex: 2 };
  if (focus.neighbours.has(node)) return { ...data, labelVisibility: 'visible', zIndex: 1 };
  return { ...data, color: FADED, label: null, zIndex: 0 };
}

function reduceEdge(
  edge: string,
  data: EdgeDisplayData,
  graph: NetworkGraph,
  props: Props,
): Partial<EdgeDisplayData> {
  const { tie, alpha } = graph.getEdgeAttributes(edge);
  if (!tieVisible(tie, props.filter)) return { ...data, visibility: 'hidden' };
  const focus = props.focus;
  if (focus && tie.source !== focus.node && tie.target !== focus.node)
    return { ...data, visibility: 'hidden' };
  // A what-if's ties: added violet with long dashes, removed faded red dots (the dashed layer draws both).
  const marks = props.marks;
  if (marks && edge.startsWith(ADDED_PREFIX))
    return { ...data, color: ADDED_COLOUR, size: 3, opacity: 1, zIndex: 2, ...dashes(ADDED_DASH[0]) };
  if (marks?.removedTies.has(edge))
    return {
      ...data,
      color: REMOVED_COLOUR,
      // Bolder than in Canvas 2D, which also crosses the tie out: WebGL dots are thin and faint.
      size: 3,
      opacity: Math.min(1, REMOVED_ALPHA * 1.8),
      zIndex: 1,
      ...dashes(REMOVED_DASH[0]),
    };
  // Stronger ties more opaque (graph-model.ts strengthAlpha); with a focus, the few ties left stay clear.
  if (focus) return data;
  // With a what-if shown, the ties it leaves alone recede so its changes stand out.
  return { ...data, opacity: alpha * tieFade(graph.size) * (marks ? UNCHANGED_FADE : 1) };
}

/** The dashed layer's variables (the solid layer transparent) as display data. */
function dashes(dashSize: number): Partial<EdgeDisplayData> {
  return { dashSize, plainColor: 'rgba(0,0,0,0)' } as Partial<EdgeDisplayData>;
}

/** What sigma shows after the reducers ran: its display data, not our own bookkeeping. */
function countShown(sigma: Sigma, graph: NetworkGraph, props: Props): ShownCounts {
  let nodes = 0;
  let edges = 0;
  const valences = new Set<string>();
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (data && data.visibility !== 'hidden') nodes++;
  });
  graph.forEachEdge((edge, attrs) => {
    const data = sigma.getEdgeDisplayData(edge);
    if (data && data.visibility !== 'hidden') {
      edges++;
      valences.add(attrs.tie.valence);
    }
  });
  const shown = (data: { visibility?: string } | undefined) => !!data && data.visibility !== 'hidden';
  const marks = props.marks
    ? countMarks(
        graph,
        props.marks,
        (edge) => shown(sigma.getEdgeDisplayData(edge)),
        (node) => shown(sigma.getNodeDisplayData(node)),
      )
    : null;
  return { nodes, edges, valences: [...valences].sort().join(' '), marks };
}

/**
 * Copies sigma's canvases onto one white canvas. WebGL canvases keep no drawing buffer, so the copy is
 * made in the same task as a fresh synchronous render.
 */
function snapshot(sigma: Sigma): Promise<Blob | null> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  sigma.refresh();
  for (const canvas of sigma.getContainer().querySelectorAll('canvas')) {
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
