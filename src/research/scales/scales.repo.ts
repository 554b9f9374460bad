import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { isUuid } from '../../db/versioned.ts';

/** Every query of the survey scales: instruments and their items (versions), responses and answers. */

/** One instrument version as stored. */
export interface InstrumentRow {
  id: string;
  project_id: string;
  scale: string;
  number: number;
  name: string;
  created_at: Date;
}

/** One item of an instrument version. */
export interface ItemRow {
  id: string;
  instrument_id: string;
  position: number;
  key: string;
  text_id: string;
  text_en: string;
  reverse: boolean;
}

/** The project of an instrument item (null when the item does not exist). */
export async function projectOfItem(db: Db, itemId: string): Promise<string | null> {
  if (!isUuid(itemId)) return null;
  const row = await db
    .selectFrom('research_instrument_items as it')
    .innerJoin('research_instruments as i', 'i.id', 'it.instrument_id')
    .select('i.project_id')
    .where('it.id', '=', itemId)
    .executeTakeFirst();
  return row?.project_id ?? null;
}

/** How many instruments the project has (any version). */
export async function countInstruments(db: Db, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('research_instruments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Writes an instrument version and its items; answers the instrument's id. */
export async function insertInstrument(
  db: Db,
  instrument: { project_id: string; scale: string; number: number; name: string },
  items: readonly Omit<ItemRow, 'id' | 'instrument_id'>[],
): Promise<string> {
  const { id } = await db
    .insertInto('research_instruments')
    .values(instrument)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (items.length > 0)
    await db
      .insertInto('research_instrument_items')
      .values(items.map((item) => ({ ...item, instrument_id: id })))
      .execute();
  return id;
}

/** Every instrument version of the project, by scale then version. */
export function listInstrumentRows(db: Db, projectId: string): Promise<InstrumentRow[]> {
  return db
    .selectFrom('research_instruments')
    .select(['id', 'project_id', 'scale', 'number', 'name', 'created_at'])
    .where('project_id', '=', projectId)
    .orderBy('scale')
    .orderBy('number')
    .execute();
}

/** The items of the given instrument versions, in their order. */
export async function listItemRows(db: Db, instrumentIds: readonly string[]): Promise<ItemRow[]> {
  if (instrumentIds.length === 0) return [];
  return db
    .selectFrom('research_instrument_items')
    .select(['id', 'instrument_id', 'position', 'key', 'text_id', 'text_en', 'reverse'])
    .where('instrument_id', 'in', instrumentIds)
    .orderBy('instrument_id')
    .orderBy('position')
    .execute();
}

/** Responses per instrument version of the project. */
export async function responseCounts(db: Db, projectId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('research_survey_responses as r')
    .innerJoin('research_instruments as i', 'i.id', 'r.instrument_id')
    .select(['r.instrument_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('i.project_id', '=', projectId)
    .groupBy('r.instrument_id')
    .execute();
  return new Map(rows.map((r) => [r.instrument_id, Number(r.n)]));
}

/** The waves the project's responses name, in order of first entry. */
export async function listWaves(db: Db, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('research_survey_responses as r')
    .innerJoin('research_instruments as i', 'i.id', 'r.instrument_id')
    .select(['r.wave', (eb) => eb.fn.min('r.created_at').as('first')])
    .where('i.project_id', '=', projectId)
    .groupBy('r.wave')
    .orderBy('first')
    .orderBy('r.wave')
    .execute();
  return rows.map((r) => r.wave);
}

/** An item with its instrument, the instrument row locked (one new version at a time per scale). */
export async function lockItemInstrument(
  db: Db,
  itemId: string,
): Promise<{ item: ItemRow; instrument: InstrumentRow } | null> {
  if (!isUuid(itemId)) return null;
  const item = await db
    .selectFrom('research_instrument_items')
    .select(['id', 'instrument_id', 'position', 'key', 'text_id', 'text_en', 'reverse'])
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item) return null;
  const instrument = await db
    .selectFrom('research_instruments')
    .select(['id', 'project_id', 'scale', 'number', 'name', 'created_at'])
    .where('id', '=', item.instrument_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { item, instrument };
}

/** The highest version number of a scale in the project. */
export async function latestNumber(db: Db, projectId: string, scale: string): Promise<number> {
  const row = await db
    .selectFrom('research_instruments')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('project_id', '=', projectId)
    .where('scale', '=', scale)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The (scale, enterprise, wave) triples among `pairs` that already have a response in the project. */
export async function existingResponses(
  db: Db,
  projectId: string,
  pairs: readonly { enterpriseId: string; wave: string }[],
): Promise<{ scale: string; enterprise_id: string; wave: string }[]> {
  if (pairs.length === 0) return [];
  return db
    .selectFrom('research_survey_responses as r')
    .innerJoin('research_instruments as i', 'i.id', 'r.instrument_id')
    .select(['i.scale', 'r.enterprise_id', 'r.wave'])
    .where('i.project_id', '=', projectId)
    .where(
      sql<boolean>`(r.enterprise_id, r.wave) IN (SELECT * FROM unnest(${pairs.map((p) => p.enterpriseId)}::uuid[], ${pairs.map((p) => p.wave)}::text[]))`,
    )
    .execute();
}

/** Writes one response and its answers (item id → 1–5). */
export async function insertResponse(
  db: Db,
  response: {
    instrument_id: string;
    enterprise_id: string;
    wave: string;
    answered_on: string | null;
    created_by: string | null;
  },
  answers: readonly { item_id: string; value: number }[],
): Promise<string> {
  const { id } = await db
    .insertInto('research_survey_responses')
    .values(response)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (answers.length > 0)
    await db
      .insertInto('research_survey_answers')
      .values(answers.map((a) => ({ response_id: id, item_id: a.item_id, value: a.value })))
      .execute();
  return id;
}

/** Deletes an enterprise's responses of a wave (every scale); answers how many went. */
export async function deleteResponses(
  db: Db,
  projectId: string,
  enterpriseId: string,
  wave: string,
): Promise<number> {
  const deleted = await db
    .deleteFrom('research_survey_responses')
    .where('enterprise_id', '=', enterpriseId)
    .where('wave', '=', wave)
    .where('instrument_id', 'in', (eb) =>
      eb.selectFrom('research_instruments').select('id').where('project_id', '=', projectId),
    )
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}

/** One answer of one response, with what scoring needs (the project's, optionally one wave's). */
export interface AnswerRow {
  response_id: string;
  instrument_id: string;
  enterprise_id: string;
  wave: string;
  answered_on: string | null;
  item_id: string | null;
  value: number | null;
}

/** Every response of the project (of `wave` if given) with its answers; a response without answers once. */
export function listAnswerRows(db: Db, projectId: string, wave: string | undefined): Promise<AnswerRow[]> {
  let query = db
    .selectFrom('research_survey_responses as r')
    .innerJoin('research_instruments as i', 'i.id', 'r.instrument_id')
    .leftJoin('research_survey_answers as a', 'a.response_id', 'r.id')
    .select(['r.id as response_id', 'r.instrument_id', 'r.enterprise_id', 'r.wave', 'r.answered_on'])
    .select(['a.item_id', 'a.value'])
    .where('i.project_id', '=', projectId);
  if (wave !== undefined) query = query.where('r.wave', '=', wave);
  return query.orderBy('r.wave').orderBy('r.enterprise_id').execute();
}

/** The registry's external codes of the given enterprises (for matching a CSV's enterprise column). */
export async function externalIds(db: Db, enterpriseIds: readonly string[]): Promise<Map<string, string>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('enterprises')
    .select(['id', 'external_id'])
    .where('id', 'in', enterpriseIds)
    .where('external_id', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.external_id as string]));
}

/** The centres a project studies, by name. */
export function projectCenters(db: Db, projectId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('research_project_centers as pc')
    .innerJoin('centers as c', 'c.id', 'pc.center_id')
    .select(['c.id', 'c.name'])
    .where('pc.project_id', '=', projectId)
    .orderBy('c.name')
    .execute();
}
