/**
 * The synthetic province of the matching bench: 20 centres, 10,000 enterprises (1,500 in the first; 4,000 in all
 * with --quick), capability
 * profiles, about 6.7 ties per firm (10,000 in the first centre: maklun, subcontract, order sharing, a few
 * conflicts and breaches), and 300 delivered, rated awards in the first centre. Seeded, written in chunks.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../src/db/database.ts';
import { chance, createRng, pick, randInt } from '../src/demo/random.ts';
import { SYNTHETIC_PROCESSES } from '../src/matching/synthetic.ts';

const WORK = ['TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING'] as const;

async function chunked<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await write(rows.slice(i, i + 1000));
}

const day = (rng: () => number, from: number, to: number) =>
  new Date(Date.UTC(from, 0, 1) + rng() * (to - from) * 365 * 86_400_000).toISOString().slice(0, 10);

/** The province: returns the centres (the first is the big one) and, per centre, its member ids. */
export async function buildProvince(
  db: Db,
  quick: boolean,
): Promise<{ centers: string[]; members: string[][] }> {
  const rng = createRng(18, 'bench/matching');
  // Quick keeps the first centre at the size (1,500 firms, 10,000 ties) and shrinks the other 19.
  const total = quick ? 4_000 : 10_000;
  const first = 1_500;
  const tiesPerFirm = 10_000 / 1_500;
  await db
    .insertInto('process_sectors')
    .values({ code: 'footwear', label_id: 'Alas kaki', label_en: 'Footwear' })
    // The taxonomy migration may have seeded the sector and its processes already.
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('processes')
    .values(
      SYNTHETIC_PROCESSES.map((code) => ({ code, sector_code: 'footwear', label_id: code, label_en: code })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  const user = randomUUID();
  await db
    .insertInto('users')
    .values({ id: user, email: 'bench@uji.example', display_name: 'Bench', role: 'admin' })
    .execute();
  const centers = Array.from({ length: 20 }, () => randomUUID());
  await db
    .insertInto('centers')
    .values(
      centers.map((id, i) => ({
        id,
        name: `Sentra ${i}`,
        main_product: 'Sepatu',
        commodity_group: 'alas_kaki',
        origin: 'natural',
        status: 'active',
      })),
    )
    .execute();
  const members: string[][] = centers.map((_, i) =>
    Array.from({ length: i === 0 ? first : Math.floor((total - first) / 19) }, () => randomUUID()),
  );
  const all = members.flat();
  await chunked(all, (ids) =>
    db
      .insertInto('enterprises')
      .values(ids.map((id, i) => ({ id, name: `IKM ${id.slice(0, 8)} ${i}` })))
      .execute(),
  );
  const memberships = members.flatMap((ids, c) =>
    ids.map((id) => ({ center_id: centers[c] as string, enterprise_id: id, valid_from: '2015-01-01' })),
  );
  await chunked(memberships, (rows) => db.insertInto('center_memberships').values(rows).execute());
  const profiles = all.map((id) => ({
    enterprise_id: id,
    monthly_capacity: randInt(rng, 200, 5000),
    capacity_unit: 'pairs',
    spare_capacity_pct: randInt(rng, 0, 100),
    spare_confirmed_on: day(rng, 2025, 2027),
    min_order_qty: chance(rng, 0.3) ? randInt(rng, 50, 500) : null,
    accepts_toll: true,
    accepts_subcontract: chance(rng, 0.6),
    accepts_client_materials: false,
  }));
  await chunked(profiles, (rows) => db.insertInto('capability_profiles').values(rows).execute());
  const levels = all.flatMap((id) =>
    SYNTHETIC_PROCESSES.filter(() => chance(rng, 0.55)).map((code) => ({
      enterprise_id: id,
      process_code: code,
      level: randInt(rng, 1, 3),
    })),
  );
  await chunked(levels, (rows) => db.insertInto('capability_processes').values(rows).execute());
  const certs = all
    .filter(() => chance(rng, 0.3))
    .map((id) => ({ enterprise_id: id, kind: 'SNI', valid_until: day(rng, 2025, 2029) }));
  await chunked(certs, (rows) => db.insertInto('capability_certifications').values(rows).execute());
  const ties = members.flatMap((ids, c) =>
    Array.from({ length: Math.round(ids.length * tiesPerFirm) }, () => {
      const maker = ids[Math.floor(rng() * rng() * ids.length)] as string;
      let client = pick(rng, ids);
      if (client === maker) client = ids[(ids.indexOf(maker) + 1) % ids.length] as string;
      const conflict = chance(rng, 0.03);
      const start = day(rng, 2019, 2026);
      return {
        center_id: centers[c] as string,
        from_enterprise_id: conflict ? maker : client,
        to_enterprise_id: conflict ? client : maker,
        type: conflict ? (chance(rng, 0.3) ? 'BREACH_OF_CONTRACT' : 'BUYER_POACHING') : pick(rng, WORK),
        valence: conflict ? 'conflict' : 'collaboration',
        start_date: start,
        end_date: chance(rng, 0.6) ? day(rng, Number(start.slice(0, 4)) + 1, 2027) : null,
        formality: 'oral',
        reported_by: 'one_party',
        confidence: 'reported',
        confidential: conflict,
      };
    }),
  );
  await chunked(ties, (rows) => db.insertInto('interactions').values(rows).execute());
  await awards(db, rng, members[0] as string[], centers[0] as string, user);
  return { centers, members };
}

/** 300 delivered awards in the big centre, rated by their posters. */
async function awards(db: Db, rng: () => number, ids: string[], center: string, user: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const poster = pick(rng, ids);
    const maker = pick(rng, ids.filter((id) => id !== poster).slice(0, 400));
    const request = await db
      .insertInto('partnership_requests')
      .values({
        poster_enterprise_id: poster,
        posted_by: user,
        process_codes: ['footwear.lasting'],
        required_certifications: [],
        product: 'Sepatu',
        quantity: 500,
        unit: 'pairs',
        answer_deadline: '2026-01-01',
        delivery_date: '2026-02-01',
        tie_type: 'ORDER_SHARING',
        visibility: 'targeted',
        review_required: false,
        status: 'rated',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('partnership_request_centers')
      .values({ request_id: request.id, center_id: center })
      .execute();
    const answer = await db
      .insertInto('request_answers')
      .values({
        request_id: request.id,
        enterprise_id: maker,
        answered_by: user,
        quantity_offered: 500,
        ready_on: '2026-01-20',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const award = await db
      .insertInto('request_awards')
      .values({
        request_id: request.id,
        answer_id: answer.id,
        enterprise_id: maker,
        quantity: 500,
        delivery_date: '2026-02-01',
        delivered_on: chance(rng, 0.8) ? '2026-01-30' : '2026-02-09',
        status: 'delivered',
        awarded_by: user,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const r = randInt(rng, 2, 5);
    await db
      .insertInto('request_ratings')
      .values({
        award_id: award.id,
        rater_side: 'poster',
        rated_by: user,
        on_time: r,
        quality: r,
        communication: r,
      })
      .execute();
  }
}
