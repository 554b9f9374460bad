/**
 * The 64-bit perceptual hash as stored and searched. sharp-phash gives a DCT pHash (Zauner 2010,
 * "Implementation and Benchmarking of Perceptual Image Hash Functions") as a string of 64 bits; we keep it
 * as a signed bigint (PostgreSQL's int8) and split it into four 16-bit bands for the index (multi-index
 * hashing, Norouzi, Punjani & Fleet 2012, "Fast Search in Hamming Space with Multi-Index Hashing"). By
 * the pigeonhole principle two hashes within Hamming distance 7 differ in at most one bit in at least one
 * of the four bands, so probing each band's value and its 16 one-bit neighbours finds every match up to
 * `MAX_SIMILAR_DISTANCE`, while a 16-bit value is shared by few rows.
 */

/** Number of bands the 64 bits are split into. */
export const BAND_COUNT = 4;

/** Bits per band. */
const BAND_BITS = 16;

/** The largest distance the band probes find every match for: 2 × BAND_COUNT − 1. */
export const MAX_SIMILAR_DISTANCE = 2 * BAND_COUNT - 1;

/** The default "similar" threshold: pHashes of a re-photographed or re-coloured motif rarely differ by more. */
export const DEFAULT_SIMILAR_DISTANCE = 6;

/** The hash of a 64-character bit string as a signed 64-bit integer (PostgreSQL int8). */
export function hashFromBits(bits: string): bigint {
  if (!/^[01]{64}$/.test(bits)) throw new Error('A perceptual hash has 64 bits.');
  return BigInt.asIntN(64, BigInt(`0b${bits}`));
}

/** The four 16-bit bands of a hash, most significant first. */
export function bandsOf(hash: bigint): number[] {
  const unsigned = BigInt.asUintN(64, hash);
  return Array.from({ length: BAND_COUNT }, (_, band) =>
    Number((unsigned >> BigInt(BAND_BITS * (BAND_COUNT - 1 - band))) & 0xffffn),
  );
}

/** A band's value and its 16 one-bit neighbours: the values a band probe looks up. */
export function bandProbes(value: number): number[] {
  return [value, ...Array.from({ length: BAND_BITS }, (_, bit) => value ^ (1 << bit))];
}

/** Number of differing bits between two hashes. */
export function hammingDistance(a: bigint, b: bigint): number {
  let rest = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (rest > 0n) {
    rest &= rest - 1n;
    count++;
  }
  return count;
}

/** The hash as 16 hexadecimal digits, the way the evidence sheet and the API print it. */
export function hashToHex(hash: bigint): string {
  return BigInt.asUintN(64, hash).toString(16).padStart(16, '0');
}
