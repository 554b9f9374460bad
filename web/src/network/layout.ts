import type { NetworkGraph } from './graph-model.ts';
import type { LayoutRequest } from './layout.worker.ts';

/** How long ForceAtlas2 runs: longer for larger graphs, never more than 8 s. */
export function layoutBudget(order: number): number {
  return Math.min(8000, 1200 + order * 4);
}

/**
 * Runs ForceAtlas2 in a web worker (Vite bundles `layout.worker.ts` as a same-origin module worker, which
 * the CSP's `worker-src 'self'` allows) and copies each batch of positions into the graph, which sigma
 * redraws. Returns a function that stops it; `onDone` runs when the budget is spent or it is stopped.
 */
export function runLayout(graph: NetworkGraph, onDone: () => void): () => void {
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
  const finish = () => {
    if (finished) return;
    finished = true;
    if (frame) cancelAnimationFrame(frame);
    worker.terminate();
    onDone();
  };
  const apply = () => {
    frame = 0;
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
    } else if (!frame) frame = requestAnimationFrame(apply);
  };
  worker.onerror = finish;
  const request: LayoutRequest = { ids, positions, edges, budgetMs: layoutBudget(graph.order) };
  worker.postMessage(request, [positions.buffer, edges.buffer]);
  return finish;
}
