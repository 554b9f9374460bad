/**
 * The readable summary `simpul network analyze` prints without `--json`, in the current language.
 */

import type { NetworkAnalysis } from '../analysis/index.ts';
import { tr } from '../shared/i18n.ts';

const NONE = '—';
const num = (value: number | null | undefined, digits = 4) =>
  value === null || value === undefined ? NONE : Number(value.toFixed(digits)).toString();
const pct = (share: number | null | undefined) =>
  share === null || share === undefined ? NONE : `${Math.round(share * 100)}%`;

/** Nodes, ties, density, components, communities, balance and the top 10 brokers of `analysis`. */
export function formatAnalysis(analysis: NetworkAnalysis, file: string): string {
  const { graph } = analysis;
  const lines = [
    tr({ id: 'Jaringan: {file}', en: 'Network: {file}' }, { file }),
    tr(
      { id: 'Simpul: {n}  Ikatan: {m}  Kepadatan: {d}', en: 'Nodes: {n}  Ties: {m}  Density: {d}' },
      { n: graph.nodes, m: graph.edges, d: num(graph.density) },
    ),
  ];
  if (graph.components) {
    lines.push(
      tr(
        {
          id: 'Komponen: {count} (terbesar {share}), simpul terisolasi: {isolates}',
          en: 'Components: {count} (largest {share}), isolates: {isolates}',
        },
        {
          count: graph.components.count,
          share: pct(graph.components.largestShare),
          isolates: graph.components.isolates.length,
        },
      ),
    );
  }
  if (graph.communities !== null) {
    lines.push(
      tr(
        {
          id: 'Komunitas (Louvain): {count}, modularitas {q}',
          en: 'Communities (Louvain): {count}, modularity {q}',
        },
        { count: graph.communities, q: num(graph.modularity) },
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
          ratio: num(balance.ratio),
          index: balance.frustration.index,
          f: num(balance.frustration.normalized),
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
        { id: '{n} simpul teratas menurut betweenness:', en: 'Top {n} nodes by betweenness:' },
        { n: ranked.length },
      ),
    );
    const width = Math.max(...ranked.map((node) => node.id.length));
    ranked.forEach((node, i) => {
      lines.push(`  ${String(i + 1).padStart(2)}. ${node.id.padEnd(width)}  ${num(node.betweenness)}`);
    });
  }
  return lines.join('\n');
}
