import type { NetworkGraph } from './graph-model.ts';

// The Canvas 2D drawing's camera and the mapping from graph to screen coordinates (canvas-renderer.ts).

/** Camera in units of the graph's extent (so it survives the layout growing or shrinking the graph). */
export interface Camera {
  x: number;
  y: number;
  /** > 1 zooms out, < 1 zooms in. */
  ratio: number;
}

export const MIN_RATIO = 0.01;
export const MAX_RATIO = 10;
const PADDING = 24;

/** Maps graph coordinates to CSS pixels for one frame (y up in the graph, down on screen). */
export class Viewport {
  /** CSS pixels per graph unit. */
  readonly k: number;
  /** The graph's larger extent: the camera's unit. */
  readonly span: number;
  /** Screen position of the graph origin: screen x = ox + x·k, screen y = oy − y·k. */
  readonly ox: number;
  readonly oy: number;
  constructor(
    graph: NetworkGraph,
    readonly width: number,
    readonly height: number,
    readonly camera: Camera,
  ) {
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    graph.forEachNode((_n, a) => {
      if (a.x < minX) minX = a.x;
      if (a.x > maxX) maxX = a.x;
      if (a.y < minY) minY = a.y;
      if (a.y > maxY) maxY = a.y;
    });
    if (!Number.isFinite(minX)) minX = maxX = minY = maxY = 0;
    const spanX = Math.max(maxX - minX, 1e-6);
    const spanY = Math.max(maxY - minY, 1e-6);
    const span = Math.max(spanX, spanY);
    const base = Math.max(1e-9, Math.min((width - 2 * PADDING) / spanX, (height - 2 * PADDING) / spanY, 1e9));
    this.k = base / camera.ratio;
    const cx = (minX + maxX) / 2 + camera.x * span;
    const cy = (minY + maxY) / 2 + camera.y * span;
    this.ox = width / 2 - cx * this.k;
    this.oy = height / 2 + cy * this.k;
    this.span = span;
  }
  sx(x: number): number {
    return this.ox + x * this.k;
  }
  sy(y: number): number {
    return this.oy - y * this.k;
  }
  gx(sx: number): number {
    return (sx - this.ox) / this.k;
  }
  gy(sy: number): number {
    return (this.oy - sy) / this.k;
  }
  /** Node radius on screen: grows with the square root of the zoom, as in sigma. */
  radius(size: number): number {
    return size / Math.sqrt(this.camera.ratio);
  }
}

/** The camera after zooming by `factor` around the screen point (sx, sy), which stays in place. */
export function zoomAt(view: Viewport, sx: number, sy: number, factor: number): Camera {
  const c = view.camera;
  const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, c.ratio * factor));
  const scale = ratio / c.ratio;
  // The graph point under the cursor keeps its screen position: move the centre towards it.
  const dx = (sx - view.width / 2) / view.k;
  const dy = (view.height / 2 - sy) / view.k;
  return {
    ratio,
    x: c.x + (dx * (1 - scale)) / view.span,
    y: c.y + (dy * (1 - scale)) / view.span,
  };
}

/** The camera after dragging the picture by (dx, dy) CSS pixels. */
export function panBy(view: Viewport, dx: number, dy: number): Camera {
  const c = view.camera;
  return { ratio: c.ratio, x: c.x - dx / view.k / view.span, y: c.y + dy / view.k / view.span };
}
