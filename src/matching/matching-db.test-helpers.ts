import { sql } from 'kysely';
import type { TestContext } from '../../test/app.ts';

const PROCESSES = ['footwear.cutting', 'footwear.upper', 'footwear.lasting', 'footwear.sole'];

/** The footwear sector and four of its processes (kept if a taxonomy migration already has them). */
export async function footwearTaxonomy(ctx: TestContext): Promise<string[]> {
  await sql`INSERT INTO process_sectors (code, label_id, label_en) VALUES ('footwear', 'Alas kaki', 'Footwear')
    ON CONFLICT DO NOTHING`.execute(ctx.db);
  for (const code of PROCESSES) {
    await sql`INSERT INTO processes (code, sector_code, label_id, label_en) VALUES (${code}, 'footwear', ${code}, ${code})
      ON CONFLICT DO NOTHING`.execute(ctx.db);
  }
  return PROCESSES;
}

/** A capability profile of `enterpriseId`: processes at levels, certifications with validity, capacity. */
export async function profileFor(
  ctx: TestContext,
  enterpriseId: string,
  profile: {
    levels: Record<string, number>;
    sparePct?: number | null;
    confirmedOn?: string | null;
    monthlyCapacity?: number;
    certifications?: { kind: string; validUntil: string | null }[];
  },
): Promise<void> {
  await ctx.db
    .insertInto('capability_profiles')
    .values({
      enterprise_id: enterpriseId,
      monthly_capacity: profile.monthlyCapacity ?? 2500,
      capacity_unit: 'pairs',
      accepts_toll: true,
      accepts_subcontract: true,
      accepts_client_materials: false,
      spare_capacity_pct: profile.sparePct === undefined ? 40 : profile.sparePct,
      spare_confirmed_on:
        profile.confirmedOn === undefined ? new Date().toISOString().slice(0, 10) : profile.confirmedOn,
    })
    .execute();
  for (const [code, level] of Object.entries(profile.levels)) {
    await ctx.db
      .insertInto('capability_processes')
      .values({ enterprise_id: enterpriseId, process_code: code, level })
      .execute();
  }
  for (const cert of profile.certifications ?? []) {
    await ctx.db
      .insertInto('capability_certifications')
      .values({ enterprise_id: enterpriseId, kind: cert.kind, valid_until: cert.validUntil })
      .execute();
  }
}

/** The id of the user behind `headers` (the test admin when none). */
export async function userIdOf(ctx: TestContext, headers?: Record<string, string>): Promise<string> {
  return (await ctx.app.inject({ url: '/api/auth/me', ...(headers && { headers }) })).json().user
    .id as string;
}

/** A stored open request for `centerIds`, posted by `posterId` (or for an outside buyer), as the admin. */
export async function requestFor(
  ctx: TestContext,
  centerIds: string[],
  posterId: string | null,
  spec: { processCodes?: string[]; certifications?: string[]; quantity?: number; postedBy?: string } = {},
): Promise<string> {
  const row = await ctx.db
    .insertInto('partnership_requests')
    .values({
      poster_enterprise_id: posterId,
      buyer_name: posterId ? null : 'PT Pembeli Luar',
      posted_by: spec.postedBy ?? (await userIdOf(ctx)),
      product: 'Sepatu kulit',
      process_codes: spec.processCodes ?? PROCESSES,
      required_certifications: spec.certifications ?? [],
      quantity: spec.quantity ?? 1000,
      unit: 'pairs',
      answer_deadline: '2099-01-01',
      delivery_date: '2099-02-01',
      tie_type: 'ORDER_SHARING',
      status: 'open',
      visibility: 'targeted',
      review_required: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const centerId of centerIds) {
    await ctx.db
      .insertInto('partnership_request_centers')
      .values({ request_id: row.id, center_id: centerId })
      .execute();
  }
  return row.id;
}

/** A delivered (or failed) award of a new request of `posterId` to `enterpriseId`, rated by the poster. */
export async function deliveredAward(
  ctx: TestContext,
  centerId: string,
  posterId: string,
  enterpriseId: string,
  outcome: { onTime: boolean; rating?: number; quantity?: number },
): Promise<void> {
  const requestId = await requestFor(ctx, [centerId], posterId);
  const admin = await userIdOf(ctx);
  const answer = await ctx.db
    .insertInto('request_answers')
    .values({
      request_id: requestId,
      enterprise_id: enterpriseId,
      answered_by: admin,
      quantity_offered: 100,
      ready_on: '2026-01-10',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const award = await ctx.db
    .insertInto('request_awards')
    .values({
      request_id: requestId,
      answer_id: answer.id,
      enterprise_id: enterpriseId,
      quantity: outcome.quantity ?? 100,
      delivery_date: '2026-01-10',
      delivered_on: outcome.onTime ? '2026-01-09' : '2026-01-20',
      status: 'delivered',
      awarded_by: admin,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (outcome.rating !== undefined) {
    const r = outcome.rating;
    await ctx.db
      .insertInto('request_ratings')
      .values({
        award_id: award.id,
        rater_side: 'poster',
        rated_by: admin,
        on_time: r,
        quality: r,
        communication: r,
      })
      .execute();
  }
}
