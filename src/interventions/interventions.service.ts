import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { toIso } from '../shared/dates.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { centerExists } from './effect.repo.ts';
import {
  deleteInterventionRow,
  enterprisesOutsideCenter,
  findInterventionRow,
  type InterventionRow,
  insertInterventionRow,
  institutionsOutsideCenter,
  listBeneficiaryRows,
  listInterventionRows,
  lockInterventionRow,
  replaceBeneficiaries,
  updateInterventionRow,
} from './interventions.repo.ts';
import { beneficiaryProblems, interventionDateProblems } from './interventions.rules.ts';
import type {
  Intervention,
  InterventionCreate,
  InterventionList,
  InterventionUpdate,
} from './interventions.schema.ts';

const INVALID = { id: 'Intervensi tidak dapat disimpan.', en: 'The intervention cannot be saved.' };

/** The interventions of centre `centerId`, newest first, with their beneficiaries (for the report too). */
export async function interventionsForCenter(db: Db, centerId: string): Promise<Intervention[]> {
  if (!isUuid(centerId) || !(await centerExists(db, centerId))) throw errors.notFound('center', centerId);
  return withBeneficiaries(db, await listInterventionRows(db, centerId));
}

/** `GET /centers/:id/interventions`. */
export async function listInterventions(db: Db, centerId: string): Promise<InterventionList> {
  return { items: await interventionsForCenter(db, centerId) };
}

/** One intervention; 404 when there is none. */
export async function getIntervention(db: Db, id: string): Promise<Intervention> {
  const row = isUuid(id) ? await findInterventionRow(db, id) : undefined;
  if (!row) throw errors.notFound('intervention', id);
  const [found] = await withBeneficiaries(db, [row]);
  return found as Intervention;
}

/** Records an intervention for centre `centerId`; 422 (nothing written) on bad dates or outside beneficiaries. */
export async function createIntervention(
  db: Db,
  centerId: string,
  input: InterventionCreate,
): Promise<Intervention> {
  const id = await db.transaction().execute(async (trx) => {
    if (!isUuid(centerId) || !(await centerExists(trx, centerId))) throw errors.notFound('center', centerId);
    const endDate = input.endDate ?? null;
    await check(
      trx,
      centerId,
      input.startDate,
      endDate,
      input.beneficiaryEnterpriseIds,
      input.beneficiaryInstitutionIds,
    );
    const newId = await insertInterventionRow(trx, {
      center_id: centerId,
      type: input.interventionType,
      title: input.title,
      start_date: input.startDate,
      end_date: endDate,
      cost_idr: input.costIdr ?? null,
      funder_kind: input.funderKind,
      funder_name: input.funderName || null,
      notes: input.notes || null,
    });
    await replaceBeneficiaries(trx, newId, input.beneficiaryEnterpriseIds, input.beneficiaryInstitutionIds);
    return newId;
  });
  return getIntervention(db, id);
}

/** Changes an intervention (409 on a stale version, 422 as for create). */
export async function updateIntervention(
  db: Db,
  id: string,
  input: InterventionUpdate,
): Promise<Intervention> {
  await db.transaction().execute(async (trx) => {
    const locked = isUuid(id) ? await lockInterventionRow(trx, id) : undefined;
    if (!locked) throw errors.notFound('intervention', id);
    if (locked.version !== input.version)
      throw errors.versionConflict('intervention', input.version, locked.version);
    const startDate = input.startDate ?? locked.start_date;
    const endDate = input.endDate === undefined ? locked.end_date : input.endDate;
    const current = await listBeneficiaryRows(trx, [id]);
    await check(
      trx,
      locked.center_id,
      startDate,
      endDate,
      input.beneficiaryEnterpriseIds ?? current.enterprises.map((e) => e.id),
      input.beneficiaryInstitutionIds ?? current.institutions.map((n) => n.id),
    );
    await updateInterventionRow(trx, id, {
      ...(input.interventionType !== undefined && { type: input.interventionType }),
      ...(input.title !== undefined && { title: input.title }),
      start_date: startDate,
      end_date: endDate,
      ...(input.costIdr !== undefined && { cost_idr: input.costIdr }),
      ...(input.funderKind !== undefined && { funder_kind: input.funderKind }),
      ...(input.funderName !== undefined && { funder_name: input.funderName || null }),
      ...(input.notes !== undefined && { notes: input.notes || null }),
    });
    await replaceBeneficiaries(trx, id, input.beneficiaryEnterpriseIds, input.beneficiaryInstitutionIds);
  });
  return getIntervention(db, id);
}

/** Deletes an intervention recorded in error; 404 when there is none. */
export async function deleteIntervention(db: Db, id: string): Promise<void> {
  if (!isUuid(id) || !(await deleteInterventionRow(db, id))) throw errors.notFound('intervention', id);
}

/** 422 with every date and beneficiary problem at once. */
async function check(
  db: Db,
  centerId: string,
  startDate: string,
  endDate: string | null,
  enterpriseIds: readonly string[],
  institutionIds: readonly string[],
): Promise<void> {
  const [enterprises, institutions] = await Promise.all([
    enterprisesOutsideCenter(db, centerId, enterpriseIds, startDate, endDate ?? startDate),
    institutionsOutsideCenter(db, centerId, institutionIds),
  ]);
  const problems = [
    ...interventionDateProblems(startDate, endDate),
    ...beneficiaryProblems(enterprises, institutions),
  ];
  if (problems.length > 0) throw errors.unprocessable(tr(INVALID), problems);
}

async function withBeneficiaries(db: Db, rows: readonly InterventionRow[]): Promise<Intervention[]> {
  const { enterprises, institutions } = await listBeneficiaryRows(
    db,
    rows.map((r) => r.id),
  );
  const of = (list: typeof enterprises, id: string) =>
    list.filter((b) => b.intervention_id === id).map((b) => ({ id: b.id, name: b.name }));
  return rows.map((row) => ({
    id: row.id,
    centerId: row.center_id,
    centerName: row.center_name,
    interventionType: row.type,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    costIdr: row.cost_idr === null ? null : Number(row.cost_idr),
    funderKind: row.funder_kind,
    funderName: row.funder_name,
    beneficiaryInstitutions: of(institutions, row.id),
    beneficiaryEnterprises: of(enterprises, row.id),
    notes: row.notes,
    version: row.version,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  }));
}
