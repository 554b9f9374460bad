/**
 * The readable summary `simpul network analyze` prints without `--json`, in the current language.
 */

import type { NetworkAnalysis } from '../analysis/index.ts';
import { currentLang, tr } from '../shared/lang.ts';
import { formatMeasure, type MeasureKey } from '../shared/measure-format.ts';

// Every number in the run's language and in its measure's one format (docs/ANALYSIS.md "Number formats").
const f = (key: MeasureKey, value: number | null | undefined) => formatMeasure(currentLang(), key, value);

/** Nodes, ties, density, components, communities, reciprocity, centralization, balance and the top 10 brokers. */
export function formatAnalysis(analysis: NetworkAnalysis, file: string): string {
  const { graph } = analysis;
  const lines = [
    tr({ id: 'Jaringan: {file}', en: 'Network: {file}' }, { file }),
    tr(
      { id: 'Titik: {n}  Ikatan: {m}  Kepadatan: {d}', en: 'Nodes: {n}  Ties: {m}  Density: {d}' },
      { n: f('nodes', graph.nodes), m: f('ties', graph.edges), d: f('density', graph.density) },
    ),
  ];
  if (graph.components) {
    lines.push(
      tr(
        {
          id: 'Komponen: {count} (terbesar {share}), titik terisolasi: {isolates}',
          en: 'Components: {count} (largest {share}), isolates: {isolates}',
        },
        {
          count: f('nodes', graph.components.count),
          share: f('componentShare', graph.components.largestShare),
          isolates: f('nodes', graph.components.isolates.length),
        },
      ),
    );
  }
  if (graph.communities !== null) {
    const settings = graph.communityMethod;
    lines.push(
      tr(
        {
          id: 'Komunitas ({method}, resolusi {resolution}): {count}, modularitas {q}',
          en: 'Communities ({method}, resolution {resolution}): {count}, modularity {q}',
        },
        {
          method: settings?.method === 'leiden' ? 'Leiden' : 'Louvain',
          resolution: f('resolution', settings?.resolution ?? 1),
          count: f('communities', graph.communities),
          q: f('modularity', graph.modularity),
        },
      ),
    );
  }
  if (graph.reciprocity && graph.reciprocity.edgeBased !== null) {
    lines.push(
      tr(
        {
          id: 'Resiprositas: {edge} per ikatan, {dyad} per pasangan',
          en: 'Reciprocity: {edge} per tie, {dyad} per pair',
        },
        {
          edge: f('reciprocity', graph.reciprocity.edgeBased),
          dyad: f('dyadReciprocity', graph.reciprocity.dyadBased),
        },
      ),
    );
  }
  const central = graph.centralization;
  if (central) {
    // Directed views have in- and out-degree centralization instead of one degree figure.
    const degree =
      central.degree === null && central.inDegree !== null
        ? tr(
            { id: 'masuk {i}, keluar {o}', en: 'in {i}, out {o}' },
            {
              i: f('inDegreeCentralization', central.inDegree),
              o: f('outDegreeCentralization', central.outDegree),
            },
          )
        : f('degreeCentralization', central.degree);
    lines.push(
      tr(
        {
          id: 'Sentralisasi Freeman (lapisan kerja sama): derajat {d}, keperantaraan {b}, kedekatan {c}',
          en: 'Freeman centralization (collaboration layer): degree {d}, betweenness {b}, closeness {c}',
        },
        {
          d: degree,
          b: f('betweennessCentralization', central.betweenness),
          c: f('closenessCentralization', central.closeness),
        },
      ),
    );
  }
  const balance = graph.balance;
  if (balance) {
    lines.push(
      tr(
        {
          id: 'Keseimbangan: rasio segitiga seimbang {ratio}, indeks frustrasi {index} (F = {f}){exact}',
          en: 'Balance: balanced-triangle ratio {ratio}, frustration index {index} (F = {f}){exact}',
        },
        {
          ratio: f('balanceRatio', balance.ratio),
          index: f('frustration', balance.frustration.index),
          f: f('normalizedFrustration', balance.frustration.normalized),
          exact: balance.frustrationExact ? '' : tr({ id: ', perkiraan', en: ', approximate' }),
        },
      ),
    );
  }
  const ranked = analysis.nodes
    .filter((node) => node.betweenness !== null)
    .sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0) || a.id.localeCompare(b.id))
    .slice(0, 10);
  if (ranked.length > 0) {
    lines.push(
      tr(
        { id: '{n} titik teratas menurut keperantaraan (betweenness):', en: 'Top {n} nodes by betweenness:' },
        { n: ranked.length },
      ),
    );
    const width = Math.max(...ranked.map((node) => node.id.length));
    ranked.forEach((node, i) => {
      lines.push(
        `  ${String(i + 1).padStart(2)}. ${node.id.padEnd(width)}  ${f('betweenness', node.betweenness)}`,
      );
    });
  }
  return lines.join('\n');
}
