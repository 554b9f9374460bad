/// <reference lib="webworker" />
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** Start message: node positions as [x0, y0, x1, y1, …] in `ids` order, ties as index pairs. */
export interface LayoutRequest {
  ids: string[];
  positions: Float32Array;
  edges: Uint32Array;
  /** Stop after this long. */
  budgetMs: number;
}

declare const self: DedicatedWorkerGlobalScope;

// ForceAtlas2 off the main thread: batches of iterations, positions posted after each so the picture
// moves while the page stays responsive; ends after the time budget (the page can terminate it sooner).
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { ids, positions, edges, budgetMs } = event.data;
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  ids.forEach((id, i) => {
    graph.addNode(id, { x: positions[2 * i]!, y: positions[2 * i + 1]! });
  });
  for (let k = 0; k < edges.length; k += 2) {
    const a = edges[k]!;
    const b = edges[k + 1]!;
    if (a !== b) graph.addEdge(ids[a]!, ids[b]!);
  }
  // Strong gravity keeps isolated firms (members without recorded ties) near the rest.
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 400,
    strongGravityMode: true,
    // LinLog (Noack 2007) pulls communities into separate clusters: what a reader of a big centre needs.
    linLogMode: true,
    gravity: 1,
  };
  const started = performance.now();
  // Post about every 80 ms of work, not every iteration: each post makes the page redraw the graph.
  const step = () => {
    const sliceStart = performance.now();
    do forceAtlas2.assign(graph, { iterations: 1, settings });
    while (performance.now() - sliceStart < 80 && performance.now() - started < budgetMs);
    const out = new Float32Array(ids.length * 2);
    ids.forEach((id, i) => {
      out[2 * i] = graph.getNodeAttribute(id, 'x');
      out[2 * i + 1] = graph.getNodeAttribute(id, 'y');
    });
    const done = performance.now() - started >= budgetMs;
    self.postMessage({ positions: out, done }, [out.buffer]);
    if (!done) setTimeout(step, 0);
  };
  step();
};
