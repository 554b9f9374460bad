/*
 * Seeded randomness for the demo generator: sfc32 ("Small Fast Counting" generator, Chris Doty-Humphrey,
 * PractRand 0.94), seeded from SHA-256 of the seed and a stream name. Only integer arithmetic, +, − and ×
 * are used (no Math.log/exp/pow, whose last bits may differ between engines), so a seed yields the same
 * numbers on every machine.
 */
import { createHash } from 'node:crypto';

/** A seeded source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * An independent stream for `seed` and `stream` (e.g. `CIBADUYUT/enterprises`): changing one generator
 * step never shifts the numbers another step draws.
 */
export function createRng(seed: number, stream: string): Rng {
  const digest = createHash('sha256').update(`simpul-demo-rng/${seed}/${stream}`).digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const next: Rng = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Mixes the seeded state before the first value is used, as the reference implementation does.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A uniform number in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

/** A uniform integer in [lo, hi], both ends included. */
export function randInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** True with probability `p`. */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** A number in [lo, hi) skewed towards `lo` (u^power with an integer power: many small, few large). */
export function skewed(rng: Rng, lo: number, hi: number, power: number): number {
  const u = rng();
  let v = 1;
  for (let i = 0; i < power; i++) v *= u;
  return lo + (hi - lo) * v;
}

/** Roughly normal noise around 1 (Irwin–Hall sum of four uniforms), spread ±`width`. */
export function noise(rng: Rng, width: number): number {
  const sum = rng() + rng() + rng() + rng();
  return 1 + ((sum - 2) / 2) * width;
}

/** One element, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** One element, with probability proportional to its weight. */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let target = rng() * total;
  for (const [item, w] of items) {
    target -= w;
    if (target < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** An integer count with expectation `n × share`: the fraction becomes one more with that probability. */
export function quota(rng: Rng, n: number, share: number): number {
  const exact = n * share;
  const whole = Math.floor(exact);
  return whole + (chance(rng, exact - whole) ? 1 : 0);
}
