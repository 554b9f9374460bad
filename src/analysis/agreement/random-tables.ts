/**
 * Seeded reliability tables for the reference test and the bench: coders who mostly agree with a unit's
 * true value, sometimes stray, sometimes skip the unit.
 */
import { createRng, randomInt } from '../rng.ts';
import type { MeasurementLevel, ReliabilityData } from './reliability-data.ts';

/** A table of `units` × `coders` at `level`; `missing` is the share of empty cells. */
export function randomTable(
  seed: number,
  {
    units,
    coders,
    level,
    categories = 5,
    missing = 0.1,
  }: {
    units: number;
    coders: number;
    level: MeasurementLevel;
    categories?: number;
    missing?: number;
  },
): ReliabilityData {
  const rng = createRng(seed);
  const value = (k: number) =>
    level === 'nominal' ? `kode${k}` : level === 'ratio' || level === 'interval' ? k * 1.5 + 1 : k + 1;
  return {
    coders: Array.from({ length: coders }, (_, c) => `coder${c + 1}`),
    units: Array.from({ length: units }, (_, u) => {
      const truth = randomInt(rng, categories);
      return {
        id: `u${u + 1}`,
        values: Array.from({ length: coders }, () => {
          if (rng() < missing) return null;
          const strays = rng() < 0.25;
          return value(strays ? randomInt(rng, categories) : truth);
        }),
      };
    }),
  };
}
