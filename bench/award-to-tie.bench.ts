import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { loadUserActor } from '../src/auth/auth.plugin.ts';
import { requireUser } from '../src/auth/policy.ts';
import { createUser } from '../src/auth/users.service.ts';
import { startWorkers } from '../src/jobs/runner.ts';
import { findStoredAnalyses, networkVersions } from '../src/networks/analysis/analysis.repo.ts';
import { refreshAnalyses } from '../src/networks/analysis/analysis.service.ts';
import { awardRequest, confirmDelivery } from '../src/requests/awards.service.ts';
import { createAnswer } from '../src/requests/offers.service.ts';
import { RequestCreateSchema } from '../src/requests/requests.schema.ts';
import { closeRequest, createRequest, submitRequest } from '../src/requests/requests.service.ts';
import { inDays } from '../src/requests/requests.test-helpers.ts';
import { benchStart, QUICK } from './report.ts';
import { openScratchDatabase } from './scratch-database.ts';

const FIRMS = 500;
const TIES = 3_000;
const RUNS = QUICK ? 5 : 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const report = benchStart();
  const scratch = await openScratchDatabase('award', 54418);
  const { db, url } = scratch;
  let workers: Awaited<ReturnType<typeof startWorkers>> | undefined;
  try {
    const center = await sql<{ id: string }>`
      INSERT INTO centers (name, main_product, commodity_group, origin, status)
      VALUES ('Sentra Bench', 'Sepatu', 'clothing', 'organic', 'recorded') RETURNING id`.execute(db);
    const centerId = center.rows[0]?.id as string;
    const firms = (
      await sql<{ id: string }>`
        INSERT INTO enterprises (name) SELECT 'IKM Bench ' || i FROM generate_series(1, ${FIRMS}) i RETURNING id`.execute(
        db,
      )
    ).rows.map((r) => r.id);
    await sql`INSERT INTO center_memberships (center_id, enterprise_id, valid_from)
      SELECT ${centerId}::uuid, id, '2015-01-01' FROM enterprises`.execute(db);
    await sql`
      INSERT INTO interactions (center_id, from_enterprise_id, to_enterprise_id, type, valence, start_date, formality,
        reported_by, confidence, confidential)
      SELECT DISTINCT ON (a, b) ${centerId}::uuid, a, b, t, v, '2020-01-01', 'oral', 'one_party', 'reported', v = 'conflict'
      FROM (SELECT e1.id AS a, e2.id AS b,
              CASE WHEN random() < 0.09 THEN 'PRICE_UNDERCUTTING' ELSE 'ORDER_SHARING' END AS t,
              CASE WHEN random() < 0.09 THEN 'conflict' ELSE 'collaboration' END AS v
            FROM generate_series(1, ${Math.round(TIES * 1.1)}) g,
            LATERAL (SELECT id FROM enterprises ORDER BY random() + g * 0 LIMIT 1) e1,
            LATERAL (SELECT id FROM enterprises ORDER BY random() + g * 0 LIMIT 1) e2
            WHERE e1.id <> e2.id) pairs
      WHERE (t = 'PRICE_UNDERCUTTING') = (v = 'conflict')
      LIMIT ${TIES}`.execute(db);
    const ties = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM interactions`.execute(db)).rows[0]
      ?.n;
    const user = await createUser(db, {
      email: 'bench@simpul.example',
      displayName: 'Bench',
      role: 'admin',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    const actor = requireUser(await loadUserActor(db, user.id, { via: 'cli', readOnly: false }));
    await refreshAnalyses(db, [centerId], null, { returnResults: false });
    workers = await startWorkers(url, { concurrency: 2, pollInterval: 100 });
    const totals: number[] = [];
    const confirms: number[] = [];
    let label = '';
    for (let run = 0; run < RUNS; run++) {
      const [poster, maker] = [firms[run * 2] as string, firms[run * 2 + 1] as string];
      const body = RequestCreateSchema.parse({
        posterEnterpriseId: poster,
        product: 'Sepatu',
        quantity: 100,
        unit: 'pasang',
        answerDeadline: inDays(7),
        deliveryDate: inDays(30),
        tieType: 'SUBCONTRACT',
        targetCenterIds: [centerId],
      });
      const request = await createRequest(db, actor, body);
      await submitRequest(db, request.id, 1);
      const answer = await createAnswer(db, actor, request.id, maker, {
        quantityOffered: 100,
        readyOn: inDays(20),
      });
      await closeRequest(db, request.id, 2);
      const [award] = await awardRequest(db, actor, request.id, {
        version: 3,
        awards: [{ answerId: answer.id, awardQuantity: 100 }],
      });
      const first = await confirmDelivery(db, award?.id as string, { version: 1, side: 'supplier' });
      // Let the first confirmation's own refresh (none: no tie yet) and any earlier job settle.
      await sleep(300);
      const t0 = performance.now();
      const delivered = await confirmDelivery(db, award?.id as string, {
        version: first.version,
        side: 'poster',
      });
      confirms.push(performance.now() - t0);
      if (!delivered.interactionId) throw new Error('the award became no tie');
      const version = (await networkVersions(db, [centerId])).get(centerId);
      for (;;) {
        const stored = (await findStoredAnalyses(db, [centerId], null)).get(centerId);
        if (stored && stored.networkVersion === version && stored.analysis) {
          label = stored.analysis.pattern.code;
          break;
        }
        await sleep(5);
      }
      totals.push(performance.now() - t0);
    }
    totals.sort((a, b) => a - b);
    confirms.sort((a, b) => a - b);
    const p50 = percentile(totals, 0.5);
    const worst = totals.at(-1) ?? 0;
    console.log(`Centre of ${FIRMS} firms and ${ties} ties, ${RUNS} awards; pattern label ${label}`);
    console.log(
      `Confirmation (award → tie, one transaction): p50 ${percentile(confirms, 0.5).toFixed(0)} ms`,
    );
    console.log(`Confirmation → job done → label read: p50 ${p50.toFixed(0)} ms, max ${worst.toFixed(0)} ms`);
    report.headline({
      what: `award → tie → analysis → pattern label, centre ${FIRMS} / ${ties}`,
      ours: `p50 ${p50.toFixed(0)} ms, max ${worst.toFixed(0)} ms`,
      reference: '—',
      ratio: `target < 1,000 ms: ${worst < 1000 ? 'met' : 'not met'}`,
    });
  } finally {
    await workers?.stop(2000);
    await scratch.close();
    report.end();
  }
}

await main();
