import { createHash } from 'node:crypto';
import { createRng, pick, type Rng, shuffled, weighted } from '../random.ts';
import { type CommodityGroup, commodityMix, PRODUCTS, PROVINCE_WEIGHTS } from './national.data.ts';

/** Centres, firms and ties of the whole country at scale 1 (issue #22: BPS/Kemenperin counts). */
export const NATIONAL_TOTALS = { centers: 13_762, firms: 516_000, ties: 5_000_000 } as const;

/** Smallest and largest centre (firms), and the tail exponent that puts the mean near 37.5. */
const SIZE = { min: 5, max: 1500, alpha: 0.865 } as const;

/** Ties per firm, so that the country holds ~5 million at scale 1. */
const TIES_PER_FIRM = NATIONAL_TOTALS.ties / NATIONAL_TOTALS.firms;

/** A village a centre can sit in. */
export interface Village {
  code: string;
  name: string;
}

/** One planned centre: where it is, what it makes, and which firm numbers are its members. */
export interface NationalCenter {
  index: number;
  id: string;
  name: string;
  provinceCode: string;
  villageCode: string;
  group: CommodityGroup;
  product: string;
  /** Member firms (5..1500). */
  firms: number;
  /** Country-wide number of the centre's first firm; its firms are [firstFirm, firstFirm + firms). */
  firstFirm: number;
  /** How many ties the centre's network holds. */
  ties: number;
  /** Country-wide number of the centre's first tie. */
  firstTie: number;
}

/** The whole national set, before a row is written. */
export interface NationalPlan {
  seed: number;
  scale: number;
  centers: NationalCenter[];
  firms: number;
  ties: number;
}

/**
 * Deterministic UUIDs for one kind of row: a prefix from SHA-256 of the seed and kind, then the row's
 * number (UUID version 8, RFC 9562). Hashing each of millions of ids (as `demoId` does) would cost more
 * than writing them; numbers under one prefix cannot collide.
 */
export function nationalIds(seed: number, kind: string): (n: number) => string {
  const h = createHash('sha256').update(`simpul-national-id/${seed}/${kind}`).digest('hex');
  const head = `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-`;
  return (n) => head + n.toString(16).padStart(12, '0');
}

/**
 * The quantile u of the truncated Pareto distribution on [min, max] with exponent alpha: few large
 * centres, many small ones (heavy-tailed, as centre sizes in Kemenperin's lists are).
 */
function sizeQuantile(u: number): number {
  const low = SIZE.min ** SIZE.alpha;
  const high = SIZE.max ** SIZE.alpha;
  const x = (-(u * high - u * low - high) / (high * low)) ** (-1 / SIZE.alpha);
  return Math.min(SIZE.max, Math.max(SIZE.min, Math.round(x)));
}

/** Centres per province: one at least in each, the rest by weight (largest remainder, ties by code). */
export function centersPerProvince(total: number, provinces: readonly string[]): Map<string, number> {
  const counts = new Map(provinces.map((p) => [p, 1]));
  const rest = Math.max(0, total - provinces.length);
  const weightSum = provinces.reduce((s, p) => s + (PROVINCE_WEIGHTS[p] ?? 0.2), 0);
  const shares = provinces.map((p) => ({ p, exact: (rest * (PROVINCE_WEIGHTS[p] ?? 0.2)) / weightSum }));
  let given = 0;
  for (const s of shares) {
    const whole = Math.floor(s.exact);
    counts.set(s.p, (counts.get(s.p) ?? 0) + whole);
    given += whole;
  }
  const byRemainder = [...shares].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)),
  );
  for (let i = 0; i < rest - given; i++) {
    const s = byRemainder[i % byRemainder.length];
    if (s) counts.set(s.p, (counts.get(s.p) ?? 0) + 1);
  }
  return counts;
}

/**
 * Plans `scale` × 13,762 centres over the provinces of `villages` (every province present), each in a
 * village drawn from its province, with a trade from the province's mix and a size from the heavy-tailed
 * distribution. Sizes are the distribution's quantiles dealt out in a seeded order, so the total is close
 * to 37.5 firms a centre at any scale and the same seed always gives the same plan.
 */
export function planNational(scale: number, seed: number, villages: Map<string, Village[]>): NationalPlan {
  const provinces = [...villages.keys()].sort();
  const total = Math.max(provinces.length, Math.round(NATIONAL_TOTALS.centers * scale));
  const rng: Rng = createRng(seed, 'national/plan');
  const sizes = shuffled(
    rng,
    Array.from({ length: total }, (_, k) => sizeQuantile((k + 0.5) / total)),
  );
  const centerId = nationalIds(seed, 'center');
  const counts = centersPerProvince(total, provinces);
  const centers: NationalCenter[] = [];
  let firstFirm = 0;
  let firstTie = 0;
  for (const province of provinces) {
    const mix = commodityMix(province);
    const places = villages.get(province) ?? [];
    for (let c = 0; c < (counts.get(province) ?? 0); c++) {
      const index = centers.length;
      const village = pick(rng, places);
      const group = weighted(rng, mix);
      const product = pick(rng, PRODUCTS[group]);
      const firms = sizes[index] ?? SIZE.min;
      const ties = Math.round(firms * TIES_PER_FIRM);
      centers.push({
        index,
        id: centerId(index),
        name: `Sentra ${product} ${village.name} ${index + 1}`,
        provinceCode: province,
        villageCode: village.code,
        group,
        product,
        firms,
        firstFirm,
        ties,
        firstTie,
      });
      firstFirm += firms;
      firstTie += ties;
    }
  }
  return { seed, scale, centers, firms: firstFirm, ties: firstTie };
}
