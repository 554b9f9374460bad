/**
 * GraphML (graphml.graphdrawing.org): `<key>` declarations, then `<graph edgedefault>` with `<node>` and
 * `<edge>` elements whose `<data key>` children carry values; Simpul reads the keys named `weight`
 * and `sign`.
 */

import type { TieInput } from '../../analysis/index.ts';
import type { ErrorDetail } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { failOnProblems, NO_GRAPH, type ParsedNetwork, type ReaderOptions } from '../network-file.ts';
import { xmlTie } from '../xml/xml-ties.ts';
import { attr, child, children, parseXml, textOf } from '../xml/xml-tree.ts';

/** Reads the first graph of a GraphML file; directed only when `edgedefault="directed"`. */
export function readGraphml(text: string, options: ReaderOptions): ParsedNetwork {
  const root = child(parseXml(text), 'graphml');
  const names = new Map<string, string>();
  for (const key of children(root, 'key')) {
    const id = attr(key, 'id');
    const usage = attr(key, 'for') ?? 'all';
    if (id !== undefined && (usage === 'edge' || usage === 'all')) {
      names.set(id, (attr(key, 'attr.name') ?? id).toLowerCase());
    }
  }
  const graph = child(root, 'graph');
  const nodes = children(graph, 'node').flatMap((node) => attr(node, 'id') ?? []);
  if (!graph) failOnProblems([{ path: '<graph>', message: tr(NO_GRAPH) }]);
  const problems: ErrorDetail[] = [];
  const edges: TieInput[] = [];
  children(graph, 'edge').forEach((edge, index) => {
    const values = new Map<string, string>();
    for (const data of children(edge, 'data')) {
      const key = attr(data, 'key') ?? '';
      values.set(names.get(key) ?? key.toLowerCase(), textOf(data));
    }
    const tie = xmlTie(
      { source: attr(edge, 'source'), target: attr(edge, 'target'), values },
      index,
      options,
      problems,
    );
    if (tie) edges.push(tie);
  });
  failOnProblems(problems);
  return { nodes, edges, directed: graph ? attr(graph, 'edgedefault') === 'directed' : undefined };
}
