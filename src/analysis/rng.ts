/**
 * Seeded pseudo-random numbers for the analysis core.
 *
 * Mulberry32 (Tommy Ettinger, 2017; public domain): a 32-bit state generator that passes
 * gjrand's and PractRand's basic batteries, enough for shuffles and restarts. Algorithms take an
 * `rng` so that a stored seed reproduces a run exactly; nothing here touches `Math.random`.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** A reproducible generator for `seed` (any integer; only its low 32 bits matter). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Shuffles `items` in place (Fisher–Yates) and returns it. */
export function shuffle<T extends { length: number; [i: number]: number }>(rng: Rng, items: T): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = items[i] as number;
    items[i] = items[j] as number;
    items[j] = tmp;
  }
  return items;
}
