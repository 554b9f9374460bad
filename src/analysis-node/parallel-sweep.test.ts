import { describe, expect, it } from 'vitest';
import { betweenness, sweepSources } from '../analysis/index.ts';
import { fixtureGraph, loadFixture } from '../analysis/testing/reference-fixtures.ts';
import { parallelBetweenness, parallelSweep, workersAvailable } from './parallel-sweep.ts';

describe('parallel path sweep', () => {
  if (!workersAvailable())
    console.warn('Compiled worker missing (npm run build:workers): testing the single-thread fallback');

  it('gives the same betweenness with two threads as on one', async () => {
    for (const name of ['les-miserables', 'directed-random']) {
      const graph = fixtureGraph(loadFixture(name));
      for (const distance of ['hops', 'inverse-weight'] as const) {
        const threaded = await parallelBetweenness(graph, {
          distance,
          threads: 2,
          minWork: 0,
          onlyWhenIdle: false,
        });
        const single = betweenness(graph, { distance });
        threaded.forEach((value, i) => {
          expect(value).toBeCloseTo(single[i] as number, 12);
        });
      }
    }
  });

  it('adds up every requested sum over the source ranges', async () => {
    const graph = fixtureGraph(loadFixture('karate'));
    const sums = await parallelSweep(graph, 'hops', ['distanceSum', 'reached', 'harmonic'], {
      threads: 3,
      minWork: 0,
      onlyWhenIdle: false,
    });
    const expected = {
      distanceSum: new Float64Array(34),
      reached: new Float64Array(34),
      harmonic: new Float64Array(34),
    };
    sweepSources(graph, 'hops', 0, 34, expected);
    expect(Array.from(sums.distanceSum ?? [])).toEqual(Array.from(expected.distanceSum));
    expect(Array.from(sums.reached ?? [])).toEqual(Array.from(expected.reached));
    sums.harmonic?.forEach((value, i) => {
      expect(value).toBeCloseTo(expected.harmonic[i] as number, 12);
    });
  });
});
