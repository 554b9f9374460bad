import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { chance, createRng, pick, randInt } from '../demo/random.ts';
import { todayWib } from '../shared/periods.ts';
import { loadCandidateFacts } from './candidate-facts.ts';
import type { RequestSpec } from './matching.types.ts';
import { deliveredAward, footwearTaxonomy } from './matching-db.test-helpers.ts';
import { rankCandidates } from './score.ts';
import { summaryCovers } from './trust-facts.ts';
import { trustSummaryRows } from './trust-summary.repo.ts';

const ctx = useTestApp();
const today = todayWib();
const rng = createRng(18, 'trust-summary.test');
/** `day` (YYYY-MM-DD) moved by `days`. */
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const WORK = ['TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING'] as const;

let centers: string[];
let members: string[][];
let poster: string;

const spec = (asOf = today): RequestSpec => ({
  processCodes: ['footwear.lasting', 'footwear.sole'],
  requiredCertifications: ['SNI'],
  quantity: 800,
  unit: 'pairs',
  posterEnterpriseId: poster,
  targetCenterIds: [...centers].sort(),
  asOf,
});

/** A day between `from` and `to` days from today. */
const dayFromToday = (from: number, to: number) => addDays(today, randInt(rng, from, to));

/** `n` seeded ties inside each centre: work ties (a third for the poster), a few conflicts and breaches. */
async function writeTies(n: number, startFrom = -2500, startTo = 20): Promise<void> {
  const rows = Array.from({ length: n }, (_, k) => {
    const ids = members[k % members.length] as string[];
    const maker = ids[Math.floor(rng() * rng() * ids.length)] as string;
    let client = chance(rng, 0.3) && ids.includes(poster) ? poster : pick(rng, ids);
    if (client === maker) client = ids[(ids.indexOf(maker) + 1) % ids.length] as string;
    const conflict = chance(rng, 0.05);
    const start = dayFromToday(startFrom, startTo);
    return {
      center_id: centers[k % centers.length] as string,
      from_enterprise_id: conflict ? maker : client,
      to_enterprise_id: conflict ? client : maker,
      type: conflict ? (chance(rng, 0.6) ? 'BREACH_OF_CONTRACT' : 'BUYER_POACHING') : pick(rng, WORK),
      valence: conflict ? 'conflict' : 'collaboration',
      start_date: start,
      end_date: chance(rng, 0.6) ? addDays(start, randInt(rng, 1, 900)) : null,
      formality: 'oral',
      reported_by: 'one_party',
      confidence: 'reported',
      confidential: conflict,
    };
  });
  await ctx.db.insertInto('interactions').values(rows).execute();
}

/** The ranking of `s` from the summary and from the live ties, every candidate ranked. */
async function bothRankings(s: RequestSpec, halfLife?: number) {
  const [summary, live] = await Promise.all([
    loadCandidateFacts(ctx.db, s, 'summary'),
    loadCandidateFacts(ctx.db, s, 'live'),
  ]);
  const rank = (facts: typeof summary) => {
    const weights = halfLife ? { ...facts.weights, recencyHalfLifeYears: halfLife } : facts.weights;
    const r = rankCandidates(s, facts.candidates, { weights, poster: facts.poster, includeConflicted: true });
    return r.ranked.map((c) => ({ id: c.enterpriseId, rank: c.rank, score: c.score, reasons: c.reasons }));
  };
  return { summary: rank(summary), live: rank(live) };
}

/** Expects both rankings identical: same order, same reasons, scores equal to 12 digits. */
function expectIdentical({ summary, live }: Awaited<ReturnType<typeof bothRankings>>): void {
  expect(summary.length).toBeGreaterThan(20);
  expect(summary.map(({ id, rank, reasons }) => ({ id, rank, reasons }))).toEqual(
    live.map(({ id, rank, reasons }) => ({ id, rank, reasons })),
  );
  summary.forEach((c, i) => {
    expect(c.score).toBeCloseTo(live[i]?.score ?? Number.NaN, 12);
  });
}

beforeAll(async () => {
  const processes = await footwearTaxonomy(ctx);
  centers = [randomUUID(), randomUUID()];
  await ctx.db
    .insertInto('centers')
    .values(
      centers.map((id, i) => ({
        id,
        name: `Sentra uji kepercayaan ${i}`,
        main_product: 'Sepatu',
        commodity_group: 'alas_kaki',
        origin: 'natural',
        status: 'active',
      })),
    )
    .execute();
  members = centers.map(() => Array.from({ length: 40 }, () => randomUUID()));
  const all = members.flat();
  poster = members[0]?.[3] as string;
  await ctx.db
    .insertInto('enterprises')
    .values(all.map((id, i) => ({ id, name: `IKM Uji ${String(i).padStart(2, '0')}` })))
    .execute();
  await ctx.db
    .insertInto('center_memberships')
    .values(
      members.flatMap((ids, c) =>
        ids.map((id) => ({ center_id: centers[c] as string, enterprise_id: id, valid_from: '2015-01-01' })),
      ),
    )
    .execute();
  await ctx.db
    .insertInto('capability_profiles')
    .values(
      all.map((id) => ({
        enterprise_id: id,
        monthly_capacity: randInt(rng, 200, 3000),
        capacity_unit: 'pairs',
        spare_capacity_pct: randInt(rng, 0, 100),
        spare_confirmed_on: dayFromToday(-120, 0),
        accepts_toll: true,
        accepts_subcontract: true,
        accepts_client_materials: false,
      })),
    )
    .execute();
  await ctx.db
    .insertInto('capability_processes')
    .values(
      all.flatMap((id) =>
        processes
          .filter((_, i) => i === 2 || chance(rng, 0.6))
          .map((code) => ({ enterprise_id: id, process_code: code, level: randInt(rng, 1, 3) })),
      ),
    )
    .execute();
  await writeTies(500);
  for (let i = 0; i < 12; i++) {
    const ids = members[0] as string[];
    const maker = ids[randInt(rng, 5, 20)] as string;
    await deliveredAward(ctx, centers[0] as string, i % 3 === 0 ? poster : (ids[i + 21] as string), maker, {
      onTime: chance(rng, 0.7),
      ...(chance(rng, 0.8) && { rating: randInt(rng, 1, 5) }),
    });
  }
});

describe('the trust summary', () => {
  it('covers today and gives the ranking of the live ties on a seeded world', async () => {
    const rows = await trustSummaryRows(
      ctx.db,
      { centerIds: centers, asOf: today, processCodes: spec().processCodes },
      poster,
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(summaryCovers(rows, today)).toBe(true);
    expect(rows.some((r) => r.late_ties.length > 0)).toBe(true);
    expectIdentical(await bothRankings(spec()));
    expectIdentical(await bothRankings(spec(), 0.5));
  });

  it('stays identical after ties and awards are written, changed, archived and deleted', async () => {
    await writeTies(150, -900, 40);
    const some = await sql<{ id: string }>`SELECT id FROM interactions
      WHERE center_id = ANY(${centers}::uuid[]) ORDER BY id LIMIT 30`.execute(ctx.db);
    const [archived, ended, moved, deleted] = [0, 1, 2, 3].map((k) =>
      some.rows.slice(k * 6, k * 6 + 6).map((r) => r.id),
    ) as [string[], string[], string[], string[]];
    await ctx.db
      .updateTable('interactions')
      .set({ archived_at: new Date() })
      .where('id', 'in', archived)
      .execute();
    await sql`UPDATE interactions SET end_date = start_date + 30 WHERE id = ANY(${ended}::uuid[])`.execute(
      ctx.db,
    );
    await ctx.db
      .updateTable('interactions')
      .set({
        to_enterprise_id:
          poster === members[0]?.[0] ? (members[0]?.[1] as string) : (members[0]?.[0] as string),
      })
      .where('id', 'in', moved)
      .where('from_enterprise_id', '<>', members[0]?.[0] as string)
      .execute();
    await ctx.db.deleteFrom('interactions').where('id', 'in', deleted).execute();
    await deliveredAward(ctx, centers[0] as string, poster, members[0]?.[6] as string, {
      onTime: false,
      rating: 2,
    });
    await sql`UPDATE request_awards SET status = 'failed' WHERE id = (SELECT id FROM request_awards
      WHERE enterprise_id = ANY(${members[0]}::uuid[]) ORDER BY id LIMIT 1)`.execute(ctx.db);
    await sql`DELETE FROM request_ratings WHERE id = (SELECT id FROM request_ratings ORDER BY id LIMIT 1)`.execute(
      ctx.db,
    );
    expectIdentical(await bothRankings(spec()));
    // A later day counts the ties that have started by then; an earlier one falls back to the live ties.
    expectIdentical(await bothRankings(spec(addDays(today, 45))));
    const past = addDays(today, -400);
    const rows = await trustSummaryRows(ctx.db, { centerIds: centers, asOf: past, processCodes: [] }, poster);
    expect(summaryCovers(rows, past)).toBe(false);
    expectIdentical(await bothRankings(spec(past)));
  });

  it('loses no tie when two transactions write ties of the same firm at once', async () => {
    // A firm whose summary row exists but that has no tie (its only one was deleted): the two writers
    // meet only on that row, whose lock orders them.
    const maker = randomUUID();
    await ctx.db.insertInto('enterprises').values({ id: maker, name: 'IKM Uji Serentak' }).execute();
    const jobsOf = async () =>
      (
        await sql<{ job_count: number }>`SELECT job_count FROM trust_summaries
          WHERE enterprise_id = ${maker}::uuid`.execute(ctx.db)
      ).rows[0]?.job_count ?? 0;
    const tieFrom = (client: string) => ({
      center_id: centers[1] as string,
      from_enterprise_id: client,
      to_enterprise_id: maker,
      type: 'ORDER_SHARING',
      valence: 'collaboration',
      start_date: addDays(today, -5),
      formality: 'oral',
      reported_by: 'one_party',
      confidence: 'reported',
      confidential: false,
    });
    const once = await ctx.db
      .insertInto('interactions')
      .values(tieFrom(members[1]?.[33] as string))
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db.deleteFrom('interactions').where('id', '=', once.id).execute();
    const before = await jobsOf();
    expect(before).toBe(0);
    let written!: () => void;
    const firstWritten = new Promise<void>((resolve) => {
      written = resolve;
    });
    let release!: () => void;
    const mayCommit = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('interactions')
        .values(tieFrom(members[1]?.[33] as string))
        .execute();
      written();
      await mayCommit;
    });
    await firstWritten;
    // The second writer's trigger waits for the first's lock, then reads the first's committed tie.
    const second = ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('interactions')
        .values(tieFrom(members[1]?.[34] as string))
        .execute();
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([first, second]);
    expect(await jobsOf()).toBe(before + 2);
  });

  it('is written in the transaction of the tie, so a rolled-back tie leaves no trace', async () => {
    const maker = members[1]?.[30] as string;
    const client = members[1]?.[31] as string;
    const before = await sql<{ job_count: number }>`SELECT job_count FROM trust_summaries
      WHERE enterprise_id = ${maker}::uuid`.execute(ctx.db);
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('interactions')
          .values({
            center_id: centers[1] as string,
            from_enterprise_id: client,
            to_enterprise_id: maker,
            type: 'SUBCONTRACT',
            valence: 'collaboration',
            start_date: addDays(today, -10),
            formality: 'oral',
            reported_by: 'one_party',
            confidence: 'reported',
            confidential: false,
          })
          .execute();
        const inside = await sql<{ job_count: number }>`SELECT job_count FROM trust_summaries
          WHERE enterprise_id = ${maker}::uuid`.execute(trx);
        expect(inside.rows[0]?.job_count).toBe((before.rows[0]?.job_count ?? 0) + 1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const after = await sql<{ job_count: number }>`SELECT job_count FROM trust_summaries
      WHERE enterprise_id = ${maker}::uuid`.execute(ctx.db);
    expect(after.rows[0]?.job_count ?? 0).toBe(before.rows[0]?.job_count ?? 0);
  });
});
