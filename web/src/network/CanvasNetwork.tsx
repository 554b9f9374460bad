import { useEffect, useRef, useState } from 'react';
import { blitMoved, countDrawn, drawLabel, drawNetwork, nodeAt, ringNode } from './canvas-renderer.ts';
import { type CanvasProps, drawingAttributes, type ShownCounts } from './canvas-types.ts';
import { type Camera, panBy, Viewport, zoomAt } from './canvas-viewport.ts';
import { isLargeGraph } from './graph-model.ts';
import { useForceLayout } from './layout.ts';
import './large-canvas.css';

/** After the last wheel or drag event, the camera counts as resting (full drawing with dashes, labels). */
const SETTLE_MS = 160;
/** Layout batches at most this often: each one redraws the whole graph. */
const LAYOUT_INTERVAL_MS = 250;

/**
 * A centre network drawn with Canvas 2D (see canvas-renderer.ts for why): every large one, and every one
 * where WebGL runs in software. Wheel zooms around the pointer, drag pans, click focuses a node, hover
 * shows a node's name. Draws at most once per animation frame; while the camera moves, a frame is a scaled
 * copy of the last full drawing (a full one with arrows and labels costs 30–60 ms in software even at
 * 150 firms / 1,300 ties), and the full drawing follows SETTLE_MS after the last wheel or drag event.
 * Same props and data-* attributes as sigma's.
 */
export function CanvasNetwork(props: CanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const live = useRef(props);
  live.current = props;
  const [counts, setCounts] = useState<ShownCounts | null>(null);
  const large = isLargeGraph(props.graph);
  const layoutState = useForceLayout(
    props.graph,
    props.layoutRun,
    props.onLayoutChange,
    large ? LAYOUT_INTERVAL_MS : 0,
  );
  // Everything the event handlers and the draw loop share, outside React state (no re-render per frame).
  const scene = useRef({
    camera: { x: 0, y: 0, ratio: 1 } as Camera,
    view: null as Viewport | null,
    moving: false,
    settle: 0,
    frame: 0,
    countsDirty: true,
    hover: null as string | null,
    schedule: () => {},
  });

  useEffect(() => {
    const element = container.current;
    const canvas = canvasRef.current;
    const overlay = overlayRef.current;
    const ctx = canvas?.getContext('2d');
    const octx = overlay?.getContext('2d');
    if (!element || !canvas || !overlay || !ctx || !octx) {
      live.current.onWebglMissing();
      return;
    }
    const graph = props.graph;
    // Ordinary graphs get sigma-like ties with arrows; large ones 1-pixel lines (see canvas-renderer.ts).
    const detailed = !isLargeGraph(graph);
    const s = scene.current;
    s.camera = { x: 0, y: 0, ratio: 1 };
    s.countsDirty = true;
    s.hover = null;
    let width = 0;
    let height = 0;
    let ratio = 1;

    // The last full drawing and its viewport: while the camera moves, frames are copies of it.
    const still = document.createElement('canvas');
    const stillCtx = still.getContext('2d');
    let stillView: Viewport | null = null;
    const draw = () => {
      s.frame = 0;
      if (width === 0 || height === 0) return;
      const view = new Viewport(graph, width, height, s.camera);
      s.view = view;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const p = live.current;
      if (s.moving && stillView) {
        blitMoved(ctx, still, stillView, view);
      } else {
        drawNetwork(ctx, graph, view, { filter: p.filter, focus: p.focus, detailed, marks: p.marks });
        if (stillCtx) {
          if (still.width !== canvas.width || still.height !== canvas.height) {
            still.width = canvas.width;
            still.height = canvas.height;
          } else stillCtx.clearRect(0, 0, still.width, still.height);
          stillCtx.drawImage(canvas, 0, 0);
          stillView = view;
        }
      }
      drawOverlay();
      if (s.countsDirty) {
        s.countsDirty = false;
        setCounts(countDrawn(graph, p));
      }
    };
    const drawOverlay = () => {
      octx.setTransform(ratio, 0, 0, ratio, 0, 0);
      octx.clearRect(0, 0, width, height);
      const view = s.view;
      if (!view || !s.hover || !graph.hasNode(s.hover)) return;
      ringNode(octx, graph, view, s.hover);
      const a = graph.getNodeAttributes(s.hover);
      drawLabel(octx, a.label, view.sx(a.x) + view.radius(a.size) + 4, view.sy(a.y));
    };
    s.schedule = () => {
      if (!s.frame) s.frame = requestAnimationFrame(draw);
    };
    const moved = () => {
      s.moving = true;
      clearTimeout(s.settle);
      s.settle = window.setTimeout(() => {
        s.moving = false;
        s.schedule();
      }, SETTLE_MS);
      s.schedule();
    };

    const resize = () => {
      const box = element.getBoundingClientRect();
      ratio = Math.min(2, window.devicePixelRatio || 1);
      width = Math.round(box.width);
      height = Math.round(box.height);
      for (const c of [canvas, overlay]) {
        c.width = Math.round(width * ratio);
        c.height = Math.round(height * ratio);
      }
      s.schedule();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(element);
    resize();

    const local = (event: MouseEvent) => {
      const box = element.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    };
    const onWheel = (event: WheelEvent) => {
      if (!s.view) return;
      event.preventDefault();
      const p = local(event);
      const delta = event.deltaMode === 1 ? event.deltaY * 40 : event.deltaY;
      s.camera = zoomAt(s.view, p.x, p.y, Math.exp(Math.max(-300, Math.min(300, delta)) / 500));
      s.view = new Viewport(graph, width, height, s.camera);
      moved();
    };
    let drag: { x: number; y: number; moved: boolean; id: number } | null = null;
    // One pointer pans (a second finger is ignored: no pinch zoom here, the wheel zooms).
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0 || !event.isPrimary) return;
      drag = { ...local(event), moved: false, id: event.pointerId };
      element.setPointerCapture(event.pointerId);
    };
    const onMove = (event: PointerEvent) => {
      const p = local(event);
      if (drag && drag.id === event.pointerId) {
        const dx = p.x - drag.x;
        const dy = p.y - drag.y;
        if (!drag.moved && Math.hypot(dx, dy) < 3) return;
        drag = { ...p, moved: true, id: drag.id };
        if (s.view) {
          s.camera = panBy(s.view, dx, dy);
          s.view = new Viewport(graph, width, height, s.camera);
        }
        moved();
        return;
      }
      if (!s.view || s.moving) return;
      const node = nodeAt(graph, s.view, p.x, p.y, live.current.filter);
      if (node === s.hover) return;
      s.hover = node;
      element.style.cursor = node ? 'pointer' : '';
      drawOverlay();
    };
    const onUp = (event: PointerEvent) => {
      if (!drag || drag.id !== event.pointerId) return;
      const click = !drag.moved;
      drag = null;
      if (!click || !s.view) return;
      const p = local(event);
      const node = nodeAt(graph, s.view, p.x, p.y, live.current.filter);
      if (node) live.current.onNodeClick(node);
    };
    const onLeave = () => {
      if (!s.hover) return;
      s.hover = null;
      element.style.cursor = '';
      drawOverlay();
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onUp);
    element.addEventListener('pointerleave', onLeave);

    // Layout batches, node styling and new ties all arrive as graph events.
    const onPositions = () => s.schedule();
    const onStructure = () => {
      s.countsDirty = true;
      s.schedule();
    };
    graph.on('eachNodeAttributesUpdated', onPositions);
    graph.on('nodeAttributesUpdated', onPositions);
    graph.on('eachEdgeAttributesUpdated', onPositions);
    for (const e of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const)
      graph.on(e, onStructure);

    live.current.onHandle({
      snapshot: () => {
        const out = document.createElement('canvas');
        out.width = canvas.width;
        out.height = canvas.height;
        const c = out.getContext('2d');
        if (!c) return Promise.resolve(null);
        c.fillStyle = '#ffffff';
        c.fillRect(0, 0, out.width, out.height);
        c.drawImage(canvas, 0, 0);
        return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
      },
    });
    return () => {
      live.current.onHandle(null);
      observer.disconnect();
      cancelAnimationFrame(s.frame);
      s.frame = 0;
      clearTimeout(s.settle);
      s.moving = false;
      s.schedule = () => {};
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
      element.removeEventListener('pointerleave', onLeave);
      graph.off('eachNodeAttributesUpdated', onPositions);
      graph.off('nodeAttributesUpdated', onPositions);
      graph.off('eachEdgeAttributesUpdated', onPositions);
      for (const e of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const)
        graph.off(e, onStructure);
    };
  }, [props.graph]);

  // A new filter, focus or what-if changes what is drawn and counted.
  // biome-ignore lint/correctness/useExhaustiveDependencies: filter, focus and marks are read through `live`.
  useEffect(() => {
    scene.current.countsDirty = true;
    scene.current.schedule();
  }, [props.filter, props.focus, props.marks]);

  return (
    <div
      ref={container}
      className="network-canvas network-canvas-2d"
      {...drawingAttributes('canvas', props.label, counts, layoutState)}
    >
      <canvas ref={canvasRef} />
      <canvas ref={overlayRef} />
    </div>
  );
}
