import type { ShownCounts } from './canvas-types.ts';
import type { Viewport } from './canvas-viewport.ts';
import {
  type NetworkGraph,
  nodeVisible,
  type TieFilter,
  type TieValence,
  tieFade,
  tieVisible,
} from './graph-model.ts';
import {
  ADDED_COLOUR,
  ADDED_DASH,
  ADDED_PREFIX,
  countMarks,
  REMOVED_ALPHA,
  REMOVED_COLOUR,
  REMOVED_DASH,
  REMOVED_NODE_FILL,
  REMOVED_NODE_RING,
  UNCHANGED_FADE,
  type WhatIfMarks,
} from './whatif-overlay.ts';

/**
 * The Canvas 2D drawing (no WebGL). Sigma draws every node and tie as one instanced WebGL draw, which
 * software WebGL (SwiftShader: CI, reviewers, machines whose GPU the browser blocks) executes per
 * instance: 150 firms / 1,300 ties took 6 s to the first frame and ~400 ms per pan/zoom frame there, and
 * 5,000 / 20,000 seconds per frame. Canvas 2D lines and small circles cost milliseconds to tens of
 * milliseconds for the same picture, so every graph is drawn here when WebGL is software, and large
 * graphs (isLargeGraph) always. Ordinary graphs look like sigma's: ties 1.5–2 px, conflicts red and
 * dashed, arrowheads on directed ties; large graphs get 1-pixel ties and no arrows. While the camera
 * moves, frames are scaled copies of the last drawing (blitMoved), redrawn in full once it rests.
 */

const FADED = '#d8dde3';
const LABEL_COLOUR = '#1b1f24';
const LABEL_FONT = '12px system-ui, sans-serif';
const LABEL_CELL = { width: 24, height: 16 };
const MAX_LABELS = 250;
/** Nodes drawn smaller than this radius (px) get no label, as sigma's labelRenderedSizeThreshold. */
const LABEL_MIN_RADIUS = 4.5;

export interface DrawState {
  filter: TieFilter;
  focus: { node: string; neighbours: ReadonlySet<string> } | null;
  /** Sigma-like ties (1.5–2 px, arrowheads on directed ties); false draws 1-pixel lines, no arrows. */
  detailed?: boolean;
  /** A what-if's changes to highlight (whatif-overlay.ts); null or absent draws the network as it is. */
  marks?: WhatIfMarks | null;
}

const VALENCE_INDEX = { collaboration: 0, coopetition: 1, conflict: 2 } as const;

/** Arrowhead length and half width in CSS pixels: small, like sigma's on 2-pixel ties. */
const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4;

/** Adds the arrowhead of a tie from (x1, y1) to (x2, y2) whose tip touches a target disc of radius r. */
function addArrow(path: Path2D, x1: number, y1: number, x2: number, y2: number, r: number) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  // Too short to show a head outside both discs: sigma leaves these out too.
  if (length < r + ARROW_LENGTH + 2) return;
  const ux = dx / length;
  const uy = dy / length;
  const tipX = x2 - ux * r;
  const tipY = y2 - uy * r;
  const baseX = tipX - ux * ARROW_LENGTH;
  const baseY = tipY - uy * ARROW_LENGTH;
  path.moveTo(tipX, tipY);
  path.lineTo(baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH);
  path.lineTo(baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH);
  path.closePath();
}

function tieShown(graph: NetworkGraph, edge: string, state: DrawState): boolean {
  const tie = graph.getEdgeAttribute(edge, 'tie');
  if (!tieVisible(tie, state.filter)) return false;
  const focus = state.focus;
  return !focus || tie.source === focus.node || tie.target === focus.node;
}

/** Draws the whole network on a 2D context already scaled to CSS pixels. */
export function drawNetwork(
  ctx: CanvasRenderingContext2D,
  graph: NetworkGraph,
  view: Viewport,
  state: DrawState,
) {
  const { width: w, height: h } = view;
  ctx.clearRect(0, 0, w, h);
  // One path per colour, valence (conflicts dashed), width and opacity: a single stroke per style is what keeps 20,000 ties cheap
  // (strengths 1–5 and the few widths of summary ties make at most a few dozen styles).
  const paths = new Map<
    number,
    { valence: TieValence; colour: string; alpha: number; width: number; line: Path2D; heads: Path2D }
  >();
  // Each tie's colour (by valence or by type, styleEdges) as a small number for the style key.
  const colours = new Map<string, number>();
  const focus = state.focus;
  const detailed = state.detailed ?? false;
  const fade = tieFade(graph.size);
  const marks = state.marks ?? null;
  // A what-if's added and removed ties are stroked last, over the others, in their own styles.
  const added = new Path2D();
  const removed = new Path2D();
  const crosses = new Path2D();
  graph.forEachEdge((edge, a, source, target, sa, ta) => {
    const tie = a.tie;
    if (!tieVisible(tie, state.filter)) return;
    if (focus && source !== focus.node && target !== focus.node) return;
    const x1 = view.sx(sa.x);
    const y1 = view.sy(sa.y);
    const x2 = view.sx(ta.x);
    const y2 = view.sy(ta.y);
    // Skip ties wholly on one side outside the view (what remains may cross it).
    if ((x1 < 0 && x2 < 0) || (x1 > w && x2 > w) || (y1 < 0 && y2 < 0) || (y1 > h && y2 > h)) return;
    if (marks && (edge.startsWith(ADDED_PREFIX) || marks.removedTies.has(edge))) {
      const line = edge.startsWith(ADDED_PREFIX) ? added : removed;
      line.moveTo(x1, y1);
      line.lineTo(x2, y2);
      // A removed tie is crossed out at its middle.
      if (line === removed) addCross(crosses, (x1 + x2) / 2, (y1 + y2) / 2);
      return;
    }
    const width = a.count ? a.size : detailed && (fade === 1 || focus) ? a.size : 1;
    // With a what-if shown, the ties it leaves alone recede so its changes stand out.
    const alpha = (focus ? Math.max(0.85, a.alpha) : a.alpha * fade) * (marks ? UNCHANGED_FADE : 1);
    // A number, not a string: this runs for each of up to 20,000 ties per drawing.
    let colour = colours.get(a.color);
    if (colour === undefined) {
      colour = colours.size;
      colours.set(a.color, colour);
    }
    const key =
      colour * 100_000_000 +
      VALENCE_INDEX[tie.valence] * 1_000_000 +
      Math.round(alpha * 1000) * 100 +
      Math.round(width * 10);
    let style = paths.get(key);
    if (!style) {
      style = {
        valence: tie.valence,
        colour: a.color,
        alpha,
        width,
        line: new Path2D(),
        heads: new Path2D(),
      };
      paths.set(key, style);
    }
    style.line.moveTo(x1, y1);
    style.line.lineTo(x2, y2);
    // In a dense drawing arrowheads pile up into fans around every node: only a focus shows them.
    if (detailed && (fade === 1 || focus) && tie.directed && source !== target)
      addArrow(style.heads, x1, y1, x2, y2, view.radius(ta.size));
  });
  // Conflicts last, so their dashes lie on top of the collaborations they cross.
  const order = [...paths.values()].sort(
    (p, q) => Number(p.valence === 'conflict') - Number(q.valence === 'conflict'),
  );
  for (const style of order) {
    ctx.globalAlpha =
      style.valence === 'conflict' && !marks ? Math.max(style.alpha, 0.6 * fade) : style.alpha;
    ctx.lineWidth = style.width;
    ctx.strokeStyle = ctx.fillStyle = style.colour;
    ctx.setLineDash(style.valence === 'conflict' ? [6, 4] : []);
    ctx.stroke(style.line);
    if (detailed) ctx.fill(style.heads);
  }
  if (marks) {
    ctx.lineWidth = detailed ? 2 : 1.5;
    ctx.globalAlpha = REMOVED_ALPHA;
    ctx.strokeStyle = REMOVED_COLOUR;
    ctx.setLineDash([...REMOVED_DASH]);
    ctx.stroke(removed);
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2;
    ctx.setLineDash([]);
    ctx.stroke(crosses);
    ctx.lineWidth = detailed ? 3 : 2;
    ctx.globalAlpha = 1;
    ctx.strokeStyle = ADDED_COLOUR;
    ctx.setLineDash([...ADDED_DASH]);
    ctx.stroke(added);
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  // Nodes grouped by colour (one fillStyle change per colour), the focused ones last so they stay on top.
  const groups = new Map<string, number[]>();
  const xs: number[] = [];
  const ys: number[] = [];
  const rs: number[] = [];
  graph.forEachNode((node, a) => {
    if (!nodeVisible(state.filter, node)) return;
    const x = view.sx(a.x);
    const y = view.sy(a.y);
    const r = view.radius(a.size);
    if (x < -r || x > w + r || y < -r || y > h + r) return;
    const i = xs.push(x) - 1;
    ys.push(y);
    rs.push(r);
    const inFocus = focus && (node === focus.node || focus.neighbours.has(node));
    const colour = marks?.removedNodes.has(node) ? REMOVED_NODE_FILL : focus && !inFocus ? FADED : a.color;
    if (inFocus) return;
    const list = groups.get(colour);
    if (list) list.push(i);
    else groups.set(colour, [i]);
  });
  const fill = (list: number[]) => {
    for (const i of list) {
      ctx.beginPath();
      ctx.arc(xs[i]!, ys[i]!, rs[i]!, 0, 2 * Math.PI);
      ctx.fill();
    }
  };
  for (const [colour, list] of groups) {
    ctx.fillStyle = colour;
    fill(list);
  }
  if (focus) {
    graph.forEachNode((node, a) => {
      if (node !== focus.node && !focus.neighbours.has(node)) return;
      ctx.fillStyle = a.color;
      ctx.beginPath();
      ctx.arc(view.sx(a.x), view.sy(a.y), view.radius(a.size), 0, 2 * Math.PI);
      ctx.fill();
    });
    ringNode(ctx, graph, view, focus.node);
  }
  if (marks) ringMarked(ctx, graph, view, marks, state.filter);
  drawLabels(ctx, graph, view, focus, state.filter, marks?.touched ?? null);
}

/** Half the arm of the cross on a removed tie (px). */
const CROSS = 4;
function addCross(path: Path2D, x: number, y: number) {
  path.moveTo(x - CROSS, y - CROSS);
  path.lineTo(x + CROSS, y + CROSS);
  path.moveTo(x - CROSS, y + CROSS);
  path.lineTo(x + CROSS, y - CROSS);
}

/** A dark ring around a node: the highlighted or hovered one. */
export function ringNode(ctx: CanvasRenderingContext2D, graph: NetworkGraph, view: Viewport, node: string) {
  const a = graph.getNodeAttributes(node);
  ctx.lineWidth = 2;
  ctx.strokeStyle = LABEL_COLOUR;
  ctx.beginPath();
  ctx.arc(view.sx(a.x), view.sy(a.y), view.radius(a.size) + 2, 0, 2 * Math.PI);
  ctx.stroke();
}

/** Rings a what-if's firms: a grey dotted ring round a firm it takes out, a violet one round a firm it brings in. */
function ringMarked(
  ctx: CanvasRenderingContext2D,
  graph: NetworkGraph,
  view: Viewport,
  marks: WhatIfMarks,
  filter: TieFilter,
) {
  const ring = (nodes: ReadonlySet<string>, colour: string, dash: readonly number[]) => {
    ctx.lineWidth = 2;
    ctx.strokeStyle = colour;
    ctx.setLineDash([...dash]);
    for (const node of nodes) {
      if (!graph.hasNode(node) || !nodeVisible(filter, node)) continue;
      const a = graph.getNodeAttributes(node);
      ctx.beginPath();
      ctx.arc(view.sx(a.x), view.sy(a.y), view.radius(a.size) + 2, 0, 2 * Math.PI);
      ctx.stroke();
    }
  };
  ring(marks.removedNodes, REMOVED_NODE_RING, REMOVED_DASH);
  ring(marks.addedNodes, ADDED_COLOUR, []);
  ctx.setLineDash([]);
}

/** A label with a white halo so it reads over ties. */
export function drawLabel(ctx: CanvasRenderingContext2D, text: string, x: number, y: number) {
  ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = LABEL_COLOUR;
  ctx.fillText(text, x, y);
}

// Labels of the largest nodes first, at most one per grid cell (sigma's label density idea); with a focus,
// the focused node and its neighbours only.
function drawLabels(
  ctx: CanvasRenderingContext2D,
  graph: NetworkGraph,
  view: Viewport,
  focus: DrawState['focus'],
  filter: TieFilter,
  /** Nodes a what-if touches: labelled first, whatever their size. */
  first: ReadonlySet<string> | null = null,
) {
  const candidates: { node: string; x: number; y: number; r: number }[] = [];
  graph.forEachNode((node, a) => {
    if (!nodeVisible(filter, node)) return;
    if (focus && node !== focus.node && !focus.neighbours.has(node)) return;
    const r = view.radius(a.size);
    if (!focus && r < LABEL_MIN_RADIUS && !a.meta && !first?.has(node)) return;
    const x = view.sx(a.x);
    const y = view.sy(a.y);
    if (x < 0 || x > view.width || y < 0 || y > view.height) return;
    candidates.push({ node, x, y, r });
  });
  const rank = (c: { node: string }) => (focus && c.node === focus.node ? 0 : first?.has(c.node) ? 1 : 2);
  candidates.sort((p, q) => rank(p) - rank(q) || q.r - p.r);
  // A label takes the grid cells its box covers; one that would overlap a taken cell is left out.
  const taken = new Set<number>();
  const cells = (x0: number, x1: number, y0: number, y1: number) => {
    const out: number[] = [];
    for (let cx = Math.floor(x0 / LABEL_CELL.width); cx <= Math.floor(x1 / LABEL_CELL.width); cx++)
      for (let cy = Math.floor(y0 / LABEL_CELL.height); cy <= Math.floor(y1 / LABEL_CELL.height); cy++)
        out.push(cx * 100_000 + cy);
    return out;
  };
  ctx.font = LABEL_FONT;
  let drawn = 0;
  for (const c of candidates) {
    const text = graph.getNodeAttribute(c.node, 'label');
    const x = c.x + c.r + 3;
    const box = cells(x, x + ctx.measureText(text).width, c.y - 7, c.y + 7);
    if (c.node !== focus?.node && box.some((cell) => taken.has(cell))) continue;
    for (const cell of box) taken.add(cell);
    drawLabel(ctx, text, x, c.y);
    if (++drawn >= MAX_LABELS) break;
  }
}

/** The node under a screen point (the nearest one whose disc, plus 3 px, contains it), or null. */
export function nodeAt(
  graph: NetworkGraph,
  view: Viewport,
  sx: number,
  sy: number,
  filter?: TieFilter,
): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  graph.forEachNode((node, a) => {
    if (filter && !nodeVisible(filter, node)) return;
    const d = Math.hypot(view.sx(a.x) - sx, view.sy(a.y) - sy);
    if (d <= view.radius(a.size) + 3 && d < bestDistance) {
      best = node;
      bestDistance = d;
    }
  });
  return best;
}

/** What the drawing shows: every node the filter keeps (faded or not) and the ties the filter and focus keep. */
export function countDrawn(graph: NetworkGraph, state: DrawState): ShownCounts {
  let edges = 0;
  const valences = new Set<string>();
  graph.forEachEdge((edge, a) => {
    if (!tieShown(graph, edge, state)) return;
    edges++;
    valences.add(a.tie.valence);
  });
  const nodes = state.filter.nodes
    ? graph.filterNodes((node) => state.filter.nodes!.has(node)).length
    : graph.order;
  const marks = state.marks
    ? countMarks(
        graph,
        state.marks,
        (edge) => tieShown(graph, edge, state),
        (node) => nodeVisible(state.filter, node),
      )
    : null;
  return { nodes, edges, valences: [...valences].sort().join(' '), marks };
}

/**
 * Moves an earlier picture (`image`, drawn with viewport `from`) to where viewport `to` puts it: one
 * scaled copy instead of a full redraw, for the frames in which the camera moves.
 */
export function blitMoved(
  ctx: CanvasRenderingContext2D,
  image: CanvasImageSource,
  from: Viewport,
  to: Viewport,
) {
  const scale = to.k / from.k;
  ctx.clearRect(0, 0, to.width, to.height);
  ctx.drawImage(
    image,
    to.ox - from.ox * scale,
    to.oy - from.oy * scale,
    from.width * scale,
    from.height * scale,
  );
}
