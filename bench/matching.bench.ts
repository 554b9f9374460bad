import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import { candidatesForRequest } from '../src/matching/matching.service.ts';
import { todayWib } from '../src/shared/periods.ts';
import { profiled } from './cpu-profile.ts';
import { breakdown } from './matching-breakdown.ts';
import { buildProvince } from './matching-world.ts';
import { percentiles } from './percentiles.ts';
import { benchStart, QUICK } from './report.ts';
import { openScratchDatabase } from './scratch-database.ts';

const RUNS = QUICK ? 30 : 200;
const NAIVE_RUNS = QUICK ? 1 : 3;

/**
 * `runs` timed calls of `work` after twenty warm-ups: with three, the first timed calls still paid for JIT
 * compilation and cold caches, and set the p95.
 */
const timed = (runs: number, work: () => Promise<unknown>) => percentiles(work, runs, 20);

/** A stored open request of `poster` for `centers`, asking two processes. */
async function postRequest(db: Db, poster: string, centers: string[]): Promise<string> {
  const user = await db.selectFrom('users').select('id').executeTakeFirstOrThrow();
  const row = await db
    .insertInto('partnership_requests')
    .values({
      poster_enterprise_id: poster,
      posted_by: user.id,
      product: 'Sepatu',
      process_codes: ['footwear.lasting', 'footwear.sole'],
      required_certifications: ['SNI'],
      quantity: 1500,
      unit: 'pairs',
      answer_deadline: '2099-01-01',
      delivery_date: '2099-02-01',
      tie_type: 'ORDER_SHARING',
      visibility: 'targeted',
      review_required: false,
      status: 'open',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('partnership_request_centers')
    .values(centers.map((center_id) => ({ request_id: row.id, center_id })))
    .execute();
  return row.id;
}

/** The naive reference: every candidate's profile, processes and ties, one query each. */
async function naiveLoad(db: Db, members: string[]): Promise<number> {
  let rows = 0;
  for (const id of members) {
    rows += (await db.selectFrom('capability_profiles').selectAll().where('enterprise_id', '=', id).execute())
      .length;
    rows += (
      await db.selectFrom('capability_processes').selectAll().where('enterprise_id', '=', id).execute()
    ).length;
    rows += (
      await db
        .selectFrom('interactions')
        .select(['from_enterprise_id', 'type', 'end_date'])
        .where('to_enterprise_id', '=', id)
        .execute()
    ).length;
  }
  return rows;
}

async function main(): Promise<void> {
  const report = benchStart();
  const scratch = await openScratchDatabase('matching', 54418);
  const { db } = scratch;
  try {
    const t0 = performance.now();
    const { centers, members } = await buildProvince(db, QUICK);
    // VACUUM as well as ANALYZE: a just-loaded table is otherwise vacuumed by autovacuum (its insert
    // threshold) in the middle of the first timed runs, on one of the machine's two cores.
    await sql`VACUUM ANALYZE`.execute(db);
    const big = members[0] as string[];
    const firms = members.flat().length;
    const ties = Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM interactions`.execute(db)).rows[0]?.n,
    );
    const bigTies = Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM interactions WHERE center_id = ${centers[0]}::uuid`.execute(db)
      ).rows[0]?.n,
    );
    console.log(
      `World: ${firms} firms in 20 centres (${big.length} in the first), ${ties} ties (${bigTies} in the first); built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const centerRequest = await postRequest(db, big[7] as string, [centers[0] as string]);
    const provinceRequest = await postRequest(db, big[7] as string, centers);
    const one = await candidatesForRequest(db, centerRequest, {});
    console.log(
      `Centre request: ${one.ranked.length} ranked, ${one.conflicted.length} set apart, ${one.unqualified} unqualified`,
    );
    // BENCH_PROFILE=1 prints where this process's CPU time went while ranking the centre's request.
    const cpu0 = process.cpuUsage();
    const centre = await profiled('matching: centre request', () =>
      timed(RUNS, () => candidatesForRequest(db, centerRequest, {})),
    );
    const cpu = process.cpuUsage(cpu0);
    // This process's own CPU per ranking (the database's is not counted): what load cannot inflate much.
    const nodeCpuMs = (cpu.user + cpu.system) / 1000 / (RUNS + 3);
    const fair = await timed(RUNS, () => candidatesForRequest(db, centerRequest, { fair: true }));
    const province = await timed(QUICK ? 10 : 50, () => candidatesForRequest(db, provinceRequest, {}));
    console.log(
      `Centre: p50 ${centre.p50.toFixed(1)} ms, p95 ${centre.p95.toFixed(1)} ms (fair: p95 ${fair.p95.toFixed(1)} ms); ` +
        `slowest of the 20 warm-up calls ${centre.coldMax.toFixed(1)} ms; ` +
        `Node CPU ${nodeCpuMs.toFixed(1)} ms per ranking`,
    );
    console.log(`Province: p50 ${province.p50.toFixed(1)} ms, p95 ${province.p95.toFixed(1)} ms`);
    console.log('Centre request, part by part:');
    const { liveP95 } = await breakdown(
      db,
      {
        processCodes: ['footwear.lasting', 'footwear.sole'],
        requiredCertifications: ['SNI'],
        quantity: 1500,
        unit: 'pairs',
        posterEnterpriseId: big[7] as string,
        targetCenterIds: [centers[0] as string],
        asOf: todayWib(),
      },
      RUNS,
    );

    await sql`CREATE TABLE bench_scores AS SELECT cm.center_id, cm.enterprise_id, random() AS score FROM center_memberships cm`.execute(
      db,
    );
    await sql`CREATE INDEX ON bench_scores (center_id, score DESC)`.execute(db);
    await sql`ANALYZE bench_scores`.execute(db);
    const floor = await timed(RUNS, () =>
      sql`SELECT e.id, e.name, s.score FROM bench_scores s JOIN enterprises e ON e.id = s.enterprise_id
        WHERE s.center_id = ${centers[0]}::uuid ORDER BY s.score DESC`.execute(db),
    );
    const naive = await timed(NAIVE_RUNS, () => naiveLoad(db, big));
    console.log(`Reference, ORDER BY a precomputed score: p95 ${floor.p95.toFixed(1)} ms`);
    console.log(
      `Reference, naive per-candidate loader (3 queries × ${big.length}): p50 ${naive.p50.toFixed(0)} ms`,
    );

    report.headline({
      what: `matching: rank one request, centre of ${big.length.toLocaleString('en')} firms / ${bigTies.toLocaleString('en')} ties, p95`,
      ours: `${centre.p95.toFixed(1)} ms`,
      reference: `trust from live ties ${liveP95.toFixed(1)} ms; naive per-candidate loader ${naive.p50.toFixed(0)} ms; stored ORDER BY ${floor.p95.toFixed(1)} ms`,
      ratio: `${(naive.p50 / centre.p95).toFixed(0)}× naive; target < 50 ms`,
    });
    report.headline({
      what: `matching: rank one request, province of 20 centres / ${firms.toLocaleString('en')} firms, p95`,
      ours: `${province.p95.toFixed(1)} ms`,
      reference: '—',
      ratio: 'target < 300 ms',
    });
  } finally {
    await scratch.close();
    report.end();
  }
}

await main();
