/**
 * GEXF 1.2/1.3 (gexf.net), Gephi's format: `<graph defaultedgetype>` with `<nodes>` and `<edges>`; an
 * edge's weight is its `weight` attribute and its sign an attribute value whose title is `sign`.
 */

import type { TieInput } from '../../analysis/index.ts';
import type { ErrorDetail } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { failOnProblems, NO_GRAPH, type ParsedNetwork, type ReaderOptions } from '../network-file.ts';
import { xmlTie } from '../xml/xml-ties.ts';
import { attr, child, children, parseXml, type XmlElement } from '../xml/xml-tree.ts';

// Attribute values refer to declarations by id; Simpul knows them by title (`sign`, `weight`).
function edgeAttributeTitles(graph: XmlElement | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  for (const block of children(graph, 'attributes')) {
    if (attr(block, 'class') !== 'edge') continue;
    for (const declared of children(block, 'attribute')) {
      const id = attr(declared, 'id');
      if (id !== undefined) titles.set(id, (attr(declared, 'title') ?? id).toLowerCase());
    }
  }
  return titles;
}

/** Reads a GEXF file; directedness comes from `defaultedgetype` (GEXF's default is undirected). */
export function readGexf(text: string, options: ReaderOptions): ParsedNetwork {
  const graph = child(child(parseXml(text), 'gexf'), 'graph');
  const titles = edgeAttributeTitles(graph);
  const nodes = children(child(graph, 'nodes'), 'node').flatMap((node) => attr(node, 'id') ?? []);
  if (!graph) failOnProblems([{ path: '<graph>', message: tr(NO_GRAPH) }]);
  const problems: ErrorDetail[] = [];
  const edges: TieInput[] = [];
  children(child(graph, 'edges'), 'edge').forEach((edge, index) => {
    const values = new Map<string, string>();
    for (const value of children(child(edge, 'attvalues'), 'attvalue')) {
      const key = attr(value, 'for') ?? attr(value, 'id') ?? '';
      const given = attr(value, 'value');
      if (given !== undefined) values.set(titles.get(key) ?? key.toLowerCase(), given);
    }
    const weight = attr(edge, 'weight');
    if (weight !== undefined) values.set('weight', weight);
    const tie = xmlTie(
      { source: attr(edge, 'source'), target: attr(edge, 'target'), values },
      index,
      options,
      problems,
    );
    if (tie) edges.push(tie);
  });
  failOnProblems(problems);
  return { nodes, edges, directed: graph ? attr(graph, 'defaultedgetype') === 'directed' : undefined };
}
