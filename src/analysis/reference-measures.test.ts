import { describe, expect, it } from 'vitest';
import { betweenness } from './betweenness.ts';
import { closeness } from './closeness.ts';
import { averageClustering, clustering } from './clustering.ts';
import { components } from './components.ts';
import { constraint } from './constraint.ts';
import { degree } from './degree.ts';
import { density } from './density.ts';
import { effectiveSize } from './effective-size.ts';
import { eigenvector } from './eigenvector.ts';
import { harmonic } from './harmonic.ts';
import { coreNumber } from './k-core.ts';
import { louvain } from './louvain.ts';
import { modularity } from './modularity.ts';
import { pagerank } from './pagerank.ts';
import { reciprocity } from './reciprocity.ts';
import { createRng } from './rng.ts';
import { expectClose, fixtureGraph, loadFixture, nodeMeasure } from './testing/reference-fixtures.ts';
import { transitivity } from './transitivity.ts';

const EXACT = 1e-9;
// Eigenvector centrality and PageRank iterate until they are within 1e-9 of the exact solution.
const ITERATIVE = 1e-9;

describe.each(['karate', 'florentine', 'les-miserables', 'davis-southern-women', 'directed-random'])(
  'NetworkX reference: %s',
  (name) => {
    const fixture = loadFixture(name);
    const graph = fixtureGraph(fixture);
    const measure = (key: string) => nodeMeasure(fixture, key);

    it('matches degree centrality and density', () => {
      const result = degree(graph);
      expectClose(graph, result.centrality, measure('degree_centrality'), EXACT, 'degree');
      if (graph.directed) {
        expectClose(graph, result.inCentrality, measure('in_degree_centrality'), EXACT, 'in-degree');
        expectClose(graph, result.outCentrality, measure('out_degree_centrality'), EXACT, 'out-degree');
      }
      expect(density(graph)).toBeCloseTo(fixture.measures.density as number, 12);
    });

    it('matches betweenness, normalised and raw', () => {
      expectClose(graph, betweenness(graph), measure('betweenness'), EXACT, 'betweenness');
      expectClose(graph, betweenness(graph, { normalized: false }), measure('betweenness_raw'), EXACT, 'raw');
    });

    it('matches closeness and harmonic centrality', () => {
      expectClose(graph, closeness(graph), measure('closeness'), EXACT, 'closeness');
      expectClose(graph, harmonic(graph).raw, measure('harmonic'), EXACT, 'harmonic');
      const n = graph.order;
      const normalized = harmonic(graph).normalized;
      expect(normalized[0]).toBeCloseTo(
        (measure('harmonic')[graph.ids[0] as string] as number) / (n - 1),
        12,
      );
    });

    // Only weighted fixtures have weighted path measures to compare; unweighted ones get no such test.
    (fixture.weighted ? it : () => {})(
      'matches the weighted path measures (weight as strength and as length)',
      () => {
        const inverse = { distance: 'inverse-weight' } as const;
        expectClose(
          graph,
          betweenness(graph, inverse),
          measure('betweenness_inverse_weight'),
          EXACT,
          'bc 1/w',
        );
        expectClose(
          graph,
          betweenness(graph, { distance: 'weight' }),
          measure('betweenness_weight'),
          EXACT,
          'bc w',
        );
        expectClose(
          graph,
          closeness(graph, inverse),
          measure('closeness_inverse_weight'),
          EXACT,
          'closeness 1/w',
        );
        expectClose(
          graph,
          harmonic(graph, inverse).raw,
          measure('harmonic_inverse_weight'),
          EXACT,
          'harmonic 1/w',
        );
      },
    );

    it('matches eigenvector centrality and PageRank', () => {
      const eigen = eigenvector(graph);
      expect(eigen.converged).toBe(true);
      expectClose(graph, eigen.scores, measure('eigenvector'), ITERATIVE, 'eigenvector');
      expectClose(graph, pagerank(graph).scores, measure('pagerank'), ITERATIVE, 'pagerank');
      const unweighted = pagerank(graph, { weighted: false }).scores;
      expectClose(graph, unweighted, measure('pagerank_unweighted'), ITERATIVE, 'pagerank unweighted');
      if (fixture.weighted) {
        const weighted = eigenvector(graph, { weighted: true }).scores;
        expectClose(graph, weighted, measure('eigenvector_weighted'), ITERATIVE, 'eigenvector weighted');
      }
    });

    it('matches core numbers and clustering', () => {
      expectClose(graph, coreNumber(graph), measure('core_number'), 0, 'core');
      const local = clustering(graph);
      expectClose(graph, local, measure('clustering'), EXACT, 'clustering');
      expect(averageClustering(local)).toBeCloseTo(fixture.measures.average_clustering as number, 12);
      if (!graph.directed) {
        expect(transitivity(graph)).toBeCloseTo(fixture.measures.transitivity as number, 12);
        if (fixture.weighted) {
          const weighted = clustering(graph, { weighted: true });
          expectClose(graph, weighted, measure('clustering_weighted'), EXACT, 'clustering weighted');
        }
      }
    });

    it("matches Burt's constraint and effective size", () => {
      // NetworkX treats a directed node without out-ties as an isolate (NaN); Simpul does not.
      const hasTies = (i: number) =>
        graph.out.offsets[i] !== graph.out.offsets[i + 1] || graph.in.offsets[i] !== graph.in.offsets[i + 1];
      const check = (actual: (number | null)[], key: string) => {
        const expected = measure(key);
        const only = new Set(graph.ids.filter((id, i) => expected[id] !== null || !hasTies(i)));
        expectClose(graph, actual, expected, EXACT, key, only);
      };
      check(constraint(graph), 'constraint');
      check(effectiveSize(graph), 'effective_size');
      if (fixture.weighted) {
        check(constraint(graph, { weighted: true }), 'constraint_weighted');
        check(effectiveSize(graph, { weighted: true }), 'effective_size_weighted');
      }
    });

    it('matches components and reciprocity', () => {
      const result = components(graph);
      if (graph.directed) {
        expect(result.weak.count).toBe(fixture.measures.weak_components);
        expect(result.strong?.count).toBe(fixture.measures.strong_components);
        expect(reciprocity(graph).edgeBased).toBeCloseTo(fixture.measures.reciprocity as number, 12);
      } else {
        expect(result.weak.count).toBe(fixture.measures.components);
      }
    });

    it('finds Louvain communities within 0.02 of the best NetworkX modularity', () => {
      const weighted = fixture.weighted;
      for (const seed of [1, 2, 3]) {
        const result = louvain(graph, { rng: createRng(seed), weighted });
        expect(result.membership).toHaveLength(graph.order);
        const sizes = new Array(result.count).fill(0);
        for (const c of result.membership) sizes[c]++;
        expect(sizes.every((size) => size > 0)).toBe(true);
        expect(result.modularity).toBeCloseTo(
          modularity(graph, result.membership, { weighted }) as number,
          12,
        );
        expect(result.modularity).toBeGreaterThanOrEqual(
          (fixture.measures.louvain_best_modularity as number) - 0.02,
        );
      }
    });
  },
);
