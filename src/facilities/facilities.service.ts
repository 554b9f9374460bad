import type { Updateable } from 'kysely';
import { type Db, inTransaction } from '../db/database.ts';
import type { Database } from '../db/database-types.ts';
import { isUuid } from '../db/versioned.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { FACILITY_MESSAGES as m } from './facilities.messages.ts';
import {
  existingCenterIds,
  type FacilityRow,
  findFacilityRow,
  insertFacility,
  institutionServesCenter,
  listFacilityRows,
  lockFacility,
  updateFacilityRow,
} from './facilities.repo.ts';
import type { Facility, FacilityCreate, FacilityListQuery, FacilityUpdate } from './facilities.schema.ts';
import { assertNoProblems, facilityErrors } from './facility-errors.ts';
import { defaultPeriod, utilisationOfRows } from './facility-utilisation.service.ts';
import type { UtilisationFigures } from './utilisation.ts';

/** A row and its utilisation as the API shape. */
function toFacility(row: FacilityRow, utilisation: UtilisationFigures): Facility {
  return {
    id: row.id,
    centerId: row.center_id,
    kind: row.kind,
    name: row.name,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    capacity: row.capacity,
    capacityUnit: row.capacity_unit,
    openWeekdays: row.open_weekdays,
    closedDates: row.closed_dates,
    fundedBy: row.funded_by,
    builtYear: row.built_year,
    status: row.status,
    notes: row.notes,
    version: row.version,
    utilisation,
  };
}

/** Rows with their utilisation over the last 90 days. */
async function withUtilisation(db: Db, rows: FacilityRow[]): Promise<Facility[]> {
  const { from, to } = defaultPeriod();
  const figures = await utilisationOfRows(db, rows, from, to);
  return rows.map((row) => toFacility(row, figures.get(row.id) as UtilisationFigures));
}

/** The centre's facilities with their 90-day utilisation; 404 for a missing centre. */
export async function listCenterFacilities(
  db: Db,
  centerId: string,
  query: FacilityListQuery,
): Promise<{ items: Facility[] }> {
  if ((await existingCenterIds(db, [centerId])).length === 0) throw facilityErrors.centerMissing(centerId);
  return { items: await withUtilisation(db, await listFacilityRows(db, [centerId], query.includeArchived)) };
}

/** One facility; 404 when it does not exist. */
export async function getFacility(db: Db, id: string): Promise<Facility> {
  const row = isUuid(id) ? await findFacilityRow(db, id) : undefined;
  if (!row) throw facilityErrors.notFound(id);
  const [facility] = await withUtilisation(db, [row]);
  return facility as Facility;
}

/** 422 when the managing institution does not serve the centre or a weekday repeats. */
async function checkFacts(
  db: Db,
  centerId: string,
  input: { institutionId?: string | null; openWeekdays?: number[] },
): Promise<void> {
  const problems = [];
  if (input.institutionId && !(await institutionServesCenter(db, input.institutionId, centerId))) {
    problems.push({ path: 'institutionId', message: tr(m.notServing) });
  }
  if (input.openWeekdays && new Set(input.openWeekdays).size !== input.openWeekdays.length) {
    problems.push({ path: 'openWeekdays', message: tr(m.duplicateWeekday) });
  }
  assertNoProblems(problems);
}

/** Records a facility of the centre; 404 for a missing centre. */
export async function createFacility(db: Db, centerId: string, input: FacilityCreate): Promise<Facility> {
  if ((await existingCenterIds(db, [centerId])).length === 0) throw facilityErrors.centerMissing(centerId);
  await checkFacts(db, centerId, input);
  const id = await insertFacility(db, {
    center_id: centerId,
    kind: input.facilityKind,
    name: input.name,
    institution_id: input.institutionId ?? null,
    capacity: input.capacity ?? null,
    capacity_unit: input.capacityUnit ?? null,
    open_weekdays: input.openWeekdays,
    closed_dates: input.closedDates,
    funded_by: input.fundedBy ?? null,
    built_year: input.builtYear ?? null,
    notes: input.notes ?? null,
    status: 'active',
  });
  return getFacility(db, id);
}

/** Changes a facility at the version read (409 otherwise); archiving is `status: 'archived'`. */
export async function updateFacility(db: Db, id: string, input: FacilityUpdate): Promise<Facility> {
  await inTransaction(db, async (trx) => {
    const version = isUuid(id) ? await lockFacility(trx, id) : undefined;
    const row = version === undefined ? undefined : await findFacilityRow(trx, id);
    if (!row || version === undefined) throw facilityErrors.notFound(id);
    if (version !== input.version) throw errors.versionConflict('facility', input.version, version);
    await checkFacts(trx, row.center_id, input);
    const values: Updateable<Database['facilities']> = {};
    if (input.facilityKind !== undefined) values.kind = input.facilityKind;
    if (input.name !== undefined) values.name = input.name;
    if (input.institutionId !== undefined) values.institution_id = input.institutionId;
    if (input.capacity !== undefined) values.capacity = input.capacity;
    if (input.capacityUnit !== undefined) values.capacity_unit = input.capacityUnit;
    if (input.openWeekdays !== undefined) values.open_weekdays = input.openWeekdays;
    if (input.closedDates !== undefined) values.closed_dates = input.closedDates;
    if (input.fundedBy !== undefined) values.funded_by = input.fundedBy;
    if (input.builtYear !== undefined) values.built_year = input.builtYear;
    if (input.notes !== undefined) values.notes = input.notes;
    if (input.status !== undefined) values.status = input.status;
    await updateFacilityRow(trx, id, values);
  });
  return getFacility(db, id);
}
