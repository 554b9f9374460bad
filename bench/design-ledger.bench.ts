/**
 * The design ledger's three speed targets (issue #19): the similar-design lookup among 100,000 images
 * (p95 < 100 ms), the banded index against a linear scan of the same table in the same run; recording a
 * design with two 4000 × 3000 JPEGs (< 1.5 s, peak memory); the evidence sheet PDF (< 1 s).
 */
import { sql } from 'kysely';
import sharp from 'sharp';
import { recordDesign } from '../src/design-ledger/design-ledger.service.ts';
import { evidenceSheet } from '../src/design-ledger/evidence-sheet.ts';
import { bandsOf } from '../src/design-ledger/perceptual-hash.ts';
import { similarImages, similarImagesLinear } from '../src/design-ledger/similar.repo.ts';
import { benchStart, QUICK } from './report.ts';
import { openScratchDatabase } from './scratch-database.ts';

const IMAGES = QUICK ? 20_000 : 100_000;
const LOOKUPS = QUICK ? 50 : 200;
const LINEAR = QUICK ? 10 : 30;
const MAX_DISTANCE = 6;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const report = benchStart();
  const scratch = await openScratchDatabase('ledger', 54424);
  const { db } = scratch;
  try {
    const firm = await sql<{ id: string }>`
      INSERT INTO enterprises (name) VALUES ('IKM Bench') RETURNING id`.execute(db);
    const enterpriseId = firm.rows[0]?.id as string;
    // Half the hashes random, half in 1,000 clusters of near-duplicates (one or two bits from their base),
    // so the bands see both spread and crowding.
    await sql`
      INSERT INTO design_records (seq, enterprise_id, title, category, recorded_at, previous_hash, record_hash,
        verification_code)
      SELECT i, ${enterpriseId}::uuid, 'Motif ' || i, 'Motif', now(), md5((i - 1)::text), md5(i::text), 'B-' || i
      FROM generate_series(1, ${IMAGES}) i`.execute(db);
    await sql`
      WITH hashes AS (
        SELECT r.id, r.seq, CASE WHEN r.seq % 2 = 0
          THEN ('x' || md5(r.seq::text))::bit(64)::int8
          ELSE ('x' || md5((r.seq % 1000)::text))::bit(64)::int8 # (1::int8 << (r.seq % 64)::int)
               # (1::int8 << ((r.seq * 7) % 64)::int) END AS h
        FROM design_records r)
      INSERT INTO design_images (record_id, position, sha256, original_sha256, phash, band0, band1, band2, band3,
        width, height, media_type)
      SELECT id, 0, md5(seq::text) || 'a', md5(seq::text) || 'b', h,
        ((h >> 48) & 65535)::int, ((h >> 32) & 65535)::int, ((h >> 16) & 65535)::int, (h & 65535)::int,
        2048, 1536, 'image/jpeg'
      FROM hashes`.execute(db);
    await sql`ANALYZE design_images`.execute(db);
    await sql`ANALYZE design_records`.execute(db);

    // Queries: half near a stored cluster (three bits flipped), half random.
    const bases = await sql<{ h: string }>`
      SELECT phash::text AS h FROM design_images ORDER BY random() LIMIT ${LOOKUPS / 2}`.execute(db);
    const queries = [
      ...bases.rows.map((row) => BigInt.asIntN(64, BigInt(row.h) ^ 0b10010001n)),
      ...Array.from({ length: LOOKUPS / 2 }, (_, i) =>
        BigInt.asIntN(64, BigInt(i + 1) * 0x9e3779b97f4a7c15n),
      ),
    ];
    const indexed: number[] = [];
    let found = 0;
    for (const hash of queries) {
      const t0 = performance.now();
      const rows = await similarImages(db, hash, bandsOf(hash), MAX_DISTANCE, null, 'national');
      indexed.push(performance.now() - t0);
      found += rows.length;
    }
    const linear: number[] = [];
    for (const hash of queries.slice(0, LINEAR)) {
      const t0 = performance.now();
      const rows = await similarImagesLinear(db, hash, MAX_DISTANCE);
      linear.push(performance.now() - t0);
      const banded = await similarImages(db, hash, bandsOf(hash), MAX_DISTANCE, null, 'national');
      if (Math.min(rows.length, 50) !== banded.length) throw new Error('the band index missed a match');
    }
    const p95 = percentile(indexed, 0.95);
    console.log(`${IMAGES} images, ${LOOKUPS} lookups (distance ≤ ${MAX_DISTANCE}), ${found} matches in all`);
    console.log(`Banded index: p50 ${ms(percentile(indexed, 0.5))}, p95 ${ms(p95)}`);
    console.log(
      `Linear scan (${LINEAR} of the same lookups): p50 ${ms(percentile(linear, 0.5))}, p95 ${ms(percentile(linear, 0.95))}`,
    );
    report.headline({
      what: `similar-design lookup, ${IMAGES.toLocaleString('en')} images, distance ≤ ${MAX_DISTANCE}`,
      ours: `p95 ${ms(p95)}`,
      reference: `linear scan p95 ${ms(percentile(linear, 0.95))}`,
      ratio: `${(percentile(linear, 0.95) / p95).toFixed(1)}× faster; target < 100 ms: ${p95 < 100 ? 'met' : 'not met'}`,
    });

    // Recording: two 4000 × 3000 JPEGs of noise (the worst case for the encoder), three times.
    const photo = (seed: number) =>
      sharp({
        create: {
          width: 4000,
          height: 3000,
          channels: 3,
          background: { r: seed, g: 90, b: 60 },
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      })
        .jpeg({ quality: 90 })
        .toBuffer();
    const records: number[] = [];
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    let lastId = '';
    for (let run = 0; run < 3; run++) {
      const files = [await photo(run * 2), await photo(run * 2 + 1)];
      const baseline = process.memoryUsage().rss;
      peak = baseline;
      const t0 = performance.now();
      const record = await recordDesign(
        db,
        { kind: 'system', label: 'bench' },
        {
          enterpriseId,
          title: `Foto ${run}`,
          category: 'Motif',
          images: files.map((bytes, i) => ({ fileName: `foto-${i}.jpg`, data: bytes.toString('base64') })),
        },
      );
      records.push(performance.now() - t0);
      lastId = record.id;
      console.log(
        `Recording ${run + 1}: ${ms(records.at(-1) ?? 0)}, RSS ${(baseline / 2 ** 20).toFixed(0)} → peak ${(peak / 2 ** 20).toFixed(0)} MiB`,
      );
    }
    clearInterval(sampler);
    const sheets: number[] = [];
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      await evidenceSheet(db, lastId, 'id', 'http://localhost:3000');
      sheets.push(performance.now() - t0);
    }
    report.headline({
      what: 'record a design with two 4000 × 3000 JPEGs (sent as base64)',
      ours: `max ${ms(Math.max(...records))}, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`,
      reference: '—',
      ratio: `target < 1,500 ms: ${Math.max(...records) < 1500 ? 'met' : 'not met'}`,
    });
    report.headline({
      what: 'evidence sheet PDF, two 2048 px images',
      ours: `max ${ms(Math.max(...sheets))}`,
      reference: '—',
      ratio: `target < 1,000 ms: ${Math.max(...sheets) < 1000 ? 'met' : 'not met'}`,
    });
  } finally {
    await scratch.close();
    report.end();
  }
}

await main();
