import { describe, expect, it } from 'vitest';
import {
  bandProbes,
  bandsOf,
  hammingDistance,
  hashFromBits,
  hashToHex,
  MAX_SIMILAR_DISTANCE,
} from './perceptual-hash.ts';

const bits = (fill: (i: number) => boolean) =>
  Array.from({ length: 64 }, (_, i) => (fill(i) ? '1' : '0')).join('');

describe('perceptual hash bands', () => {
  it('keeps all 64 bits, the top one as the sign', () => {
    const hash = hashFromBits(bits((i) => i === 0 || i === 63));
    expect(hash < 0n).toBe(true);
    expect(hashToHex(hash)).toBe('8000000000000001');
    expect(bandsOf(hash)).toEqual([0x8000, 0, 0, 1]);
  });

  it('counts differing bits', () => {
    const a = hashFromBits(bits(() => false));
    const b = hashFromBits(bits((i) => i % 9 === 0));
    expect(hammingDistance(a, b)).toBe(8);
    expect(hammingDistance(b, b)).toBe(0);
  });

  it('finds, for any two hashes at most 7 bits apart, a band of one among the other’s probes (pigeonhole)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    for (let trial = 0; trial < 500; trial++) {
      const a = hashFromBits(bits(() => random() < 0.5));
      let b = a;
      for (let k = 0; k < MAX_SIMILAR_DISTANCE; k++) b ^= 1n << BigInt(Math.floor(random() * 64));
      b = BigInt.asIntN(64, b);
      const shared = bandsOf(a).some((band, i) => bandProbes(band).includes(bandsOf(b)[i] as number));
      expect(shared).toBe(true);
    }
  });

  it('refuses a hash that is not 64 bits', () => {
    expect(() => hashFromBits('0101')).toThrow();
  });
});
