import type { Db } from '../db/database.ts';
import { insertResponse, listInstrumentRows, listItemRows } from '../research/scales/scales.repo.ts';
import { seedInstruments } from '../research/scales/scales-seed.ts';
import { memberOn, todayWib } from '../shared/periods.ts';
import { chance, createRng, type Rng, randInt } from './random.ts';

/**
 * The demo project's survey (#21 item 8): two waves of the four scales for about twenty firms of its
 * centres (Cibaduyut and Trusmi, ten each), so α, the scores and their network positions have something
 * to show. Each firm has a latent level per scale (destructive conflict leaning against cooperation); an
 * item's answer is 3 + 0.8·level + noise (sd 0.8), rounded into 1–5, which gives α of about 0.7–0.8 with
 * twenty respondents. The second wave keeps 70% of a firm's level. About 3% of answers are left empty.
 * Does nothing when the project already has responses; answers how many responses it wrote.
 *
 * MERGE: the demo loader calls this after `seedResearchDemo` (another lane wires it).
 */
const WAVES = [
  { wave: '2024-1', answeredOn: '2024-03-' },
  { wave: '2025-1', answeredOn: '2025-03-' },
] as const;
const FIRMS_PER_CENTER = 10;

/** A standard normal draw (Box–Muller). */
function normal(rng: Rng): number {
  const u = Math.max(rng(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

async function surveyFirms(db: Db, projectId: string): Promise<string[]> {
  const studied = await db
    .selectFrom('research_project_centers')
    .select('center_id')
    .where('project_id', '=', projectId)
    .execute();
  const centerIds =
    studied.length > 0
      ? studied.map((c) => c.center_id)
      : (
          await db
            .selectFrom('centers')
            .select('id')
            .where('external_id', 'in', ['DEMO-CIBADUYUT', 'DEMO-TRUSMI'])
            .execute()
        ).map((c) => c.id);
  const firms: string[] = [];
  for (const centerId of centerIds) {
    const members = await db
      .selectFrom('center_memberships as m')
      .select('m.enterprise_id')
      .where('m.center_id', '=', centerId)
      .where(memberOn(todayWib(), 'm'))
      .orderBy('m.enterprise_id')
      .limit(FIRMS_PER_CENTER)
      .execute();
    for (const m of members) if (!firms.includes(m.enterprise_id)) firms.push(m.enterprise_id);
  }
  return firms;
}

/** Writes the demo survey's responses for `projectId` (instruments seeded first if missing). */
export async function seedResearchSurvey(db: Db, projectId: string): Promise<number> {
  await seedInstruments(db, projectId);
  const instruments = (await listInstrumentRows(db, projectId)).filter(
    (row, _, all) =>
      row.number === Math.max(...all.filter((r) => r.scale === row.scale).map((r) => r.number)),
  );
  const items = await listItemRows(
    db,
    instruments.map((i) => i.id),
  );
  const existing = await db
    .selectFrom('research_survey_responses')
    .select('id')
    .where(
      'instrument_id',
      'in',
      instruments.map((i) => i.id),
    )
    .executeTakeFirst();
  if (existing) return 0;
  const rng = createRng(21, 'research-survey');
  let written = 0;
  for (const firm of await surveyFirms(db, projectId)) {
    const cooperation = normal(rng);
    const levels = new Map<string, number>([
      ['cooperation', cooperation],
      ['constructive_conflict', 0.4 * cooperation + 0.9 * normal(rng)],
      ['destructive_conflict', -0.5 * cooperation + 0.85 * normal(rng)],
      ['institutional_support', normal(rng)],
    ]);
    for (const [w, { wave, answeredOn }] of WAVES.entries()) {
      const day = `${answeredOn}${String(randInt(rng, 4, 28)).padStart(2, '0')}`;
      for (const instrument of instruments) {
        const base = levels.get(instrument.scale) ?? 0;
        const level = w === 0 ? base : 0.7 * base + 0.7 * normal(rng);
        const answers = items
          .filter((i) => i.instrument_id === instrument.id)
          .flatMap((item) => {
            if (chance(rng, 0.03)) return [];
            const value = Math.round(3 + 0.8 * level + 0.8 * normal(rng));
            return [{ item_id: item.id, value: Math.min(5, Math.max(1, value)) }];
          });
        if (answers.length === 0) continue;
        await insertResponse(
          db,
          { instrument_id: instrument.id, enterprise_id: firm, wave, answered_on: day, created_by: null },
          answers,
        );
        written += 1;
      }
    }
  }
  return written;
}
