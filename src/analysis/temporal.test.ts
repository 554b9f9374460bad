import { describe, expect, it } from 'vitest';
import {
  activeOn,
  type DatedTie,
  pairChange,
  snapshotDay,
  snapshotYears,
  yearlyTimeline,
} from './temporal.ts';

describe('a network over time', () => {
  // Four nodes, 6 possible pairs; each year's values are worked out in the comments.
  const nodes = ['a', 'b', 'c', 'd'];
  const ties: DatedTie[] = [
    { source: 'a', target: 'b', start: '2019-03-01', end: null },
    { source: 'b', target: 'c', start: '2019-06-01', end: '2021-01-01' }, // 2019 and 2020
    { source: 'a', target: 'c', sign: -1, start: '2020-02-01', end: null },
    { source: 'c', target: 'd', start: '2021-05-01', end: '2021-12-31' }, // gone by 31 December 2021
    { source: 'a', target: 'd', start: '2021-01-01', end: null },
  ];

  it('reads a tie as active from its start day until the day before its end', () => {
    const tie = { start: '2020-01-01', end: '2021-01-01' };
    expect(activeOn(tie, '2019-12-31')).toBe(false);
    expect(activeOn(tie, '2020-01-01')).toBe(true);
    expect(activeOn(tie, '2020-12-31')).toBe(true);
    expect(activeOn(tie, '2021-01-01')).toBe(false);
    expect(activeOn({ start: null, end: null }, '1900-01-01')).toBe(true);
  });

  it('takes a snapshot each year from the first start to the last date named', () => {
    expect(snapshotYears(ties)).toEqual([2019, 2020, 2021]);
    expect(snapshotYears(ties, '2023-05-01')).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(snapshotYears([{ start: null, end: null }])).toEqual([]);
    expect(snapshotDay(2020)).toBe('2020-12-31');
    expect(snapshotDay(2021, '2021-06-30')).toBe('2021-06-30');
    expect(snapshotDay(2020, '2021-06-30')).toBe('2020-12-31');
  });

  it('gives each year its density, normalised frustration and persistence into the next', () => {
    expect(yearlyTimeline(nodes, ties)).toEqual([
      // {ab+, bc+}: balanced
      {
        year: 2019,
        day: '2019-12-31',
        ties: 2,
        conflictTies: 0,
        density: 2 / 6,
        normalizedFrustration: 1,
        frustrationExact: true,
        persistence: 1, // both pairs still tied in 2020
        jaccard: 2 / 3, // {ab, bc} against {ab, bc, ac}
      },
      // {ab+, bc+, ac−}: a triangle with one conflict, L = 1, F = 1 − 2/3
      {
        year: 2020,
        day: '2020-12-31',
        ties: 3,
        conflictTies: 1,
        density: 0.5,
        normalizedFrustration: 1 - 2 / 3,
        frustrationExact: true,
        persistence: 2 / 3, // bc ended
        jaccard: 0.5, // {ab, ac} of {ab, bc, ac, ad}
      },
      // {ab+, ac−, ad+}: a tree, balanced
      {
        year: 2021,
        day: '2021-12-31',
        ties: 3,
        conflictTies: 1,
        density: 0.5,
        normalizedFrustration: 1,
        frustrationExact: true,
        persistence: null,
        jaccard: null,
      },
    ]);
  });

  it('stops at the last day asked for', () => {
    const last = yearlyTimeline(nodes, ties, { lastDay: '2021-06-30' }).at(-1);
    expect(last).toMatchObject({ year: 2021, day: '2021-06-30', ties: 4, density: 4 / 6 }); // cd still on
  });

  it('has no persistence out of an empty year', () => {
    expect(pairChange(new Set(), new Set(['x']))).toEqual({ persisted: 0, persistence: null, jaccard: 0 });
    expect(pairChange(new Set(), new Set())).toEqual({ persisted: 0, persistence: null, jaccard: null });
  });
});
