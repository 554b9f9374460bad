import { useEffect, useRef, useState } from 'react';
import type { NetworkGraph } from './graph-model.ts';
import type { LayoutRequest } from './layout.worker.ts';

/** How long ForceAtlas2 runs: longer for larger graphs, never more than 8 s. */
export function layoutBudget(order: number): number {
  return Math.min(8000, 1200 + order * 4);
}

/**
 * Runs ForceAtlas2 in a web worker (Vite bundles `layout.worker.ts` as a same-origin module worker, which
 * the CSP's `worker-src 'self'` allows) and copies each batch of positions into the graph, which the
 * canvas redraws. Returns a function that stops it; `onDone` runs when the budget is spent or it is
 * stopped. `minIntervalMs` spaces the batches out: each one costs a full redraw of the graph.
 */
export function runLayout(graph: NetworkGraph, onDone: () => void, minIntervalMs = 0): () => void {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const positions = new Float32Array(ids.length * 2);
  ids.forEach((id, i) => {
    positions[2 * i] = graph.getNodeAttribute(id, 'x');
    positions[2 * i + 1] = graph.getNodeAttribute(id, 'y');
  });
  const edges = new Uint32Array(graph.size * 2);
  let k = 0;
  graph.forEachEdge((_e, _a, source, target) => {
    edges[k++] = index.get(source)!;
    edges[k++] = index.get(target)!;
  });
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  let finished = false;
  // Positions arriving faster than frames are drawn: keep the newest, copy it once per frame.
  let pending: Float32Array | null = null;
  let frame = 0;
  let wait = 0;
  let lastApplied = 0;
  const finish = () => {
    if (finished) return;
    finished = true;
    if (frame) cancelAnimationFrame(frame);
    if (wait) clearTimeout(wait);
    worker.terminate();
    onDone();
  };
  const apply = () => {
    frame = 0;
    lastApplied = performance.now();
    const p = pending;
    pending = null;
    if (!p || finished) return;
    graph.updateEachNodeAttributes(
      (node, attrs) => {
        const i = index.get(node)!;
        attrs.x = p[2 * i]!;
        attrs.y = p[2 * i + 1]!;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
  };
  worker.onmessage = (event: MessageEvent<{ positions: Float32Array; done: boolean }>) => {
    if (finished) return;
    pending = event.data.positions;
    if (event.data.done) {
      apply();
      finish();
    } else if (!frame && !wait) {
      const delay = lastApplied + minIntervalMs - performance.now();
      if (delay <= 0) frame = requestAnimationFrame(apply);
      else
        wait = window.setTimeout(() => {
          wait = 0;
          frame = requestAnimationFrame(apply);
        }, delay);
    }
  };
  worker.onerror = finish;
  const request: LayoutRequest = { ids, positions, edges, budgetMs: layoutBudget(graph.order) };
  worker.postMessage(request, [positions.buffer, edges.buffer]);
  return finish;
}

/**
 * ForceAtlas2 for a canvas component: starts on a new graph or when `run` changes, reports running/done
 * through `onChange` and returns 'running' | 'done' for the canvas' data-layout attribute.
 */
export function useForceLayout(
  graph: NetworkGraph,
  run: number,
  onChange: (running: boolean) => void,
  minIntervalMs = 0,
): 'running' | 'done' {
  const [state, setState] = useState<'running' | 'done'>('done');
  const report = useRef(onChange);
  report.current = onChange;
  // biome-ignore lint/correctness/useExhaustiveDependencies: run is the trigger.
  useEffect(() => {
    if (graph.order < 2 || typeof Worker === 'undefined') return;
    setState('running');
    report.current(true);
    return runLayout(
      graph,
      () => {
        setState('done');
        report.current(false);
      },
      minIntervalMs,
    );
  }, [graph, run, minIntervalMs]);
  return state;
}
