import type { Db } from '../db/database.ts';
import { isUuid, lockVersioned } from '../db/versioned.ts';
import { existingRegionCodes } from '../regions/regions.repo.ts';
import { toIso, toIsoOrNull } from '../shared/dates.ts';
import { type ErrorDetail, errors } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import { todayWib } from '../shared/periods.ts';
import {
  existingCenterIds,
  findInstitutionRecords,
  type InstitutionRecord,
  insertInstitution,
  listInstitutionIds,
  replaceInstitutionCenters,
  setInstitutionArchived as setArchivedRow,
  updateInstitutionRow,
} from './institutions.repo.ts';
import type {
  Institution,
  InstitutionCreate,
  InstitutionListQuery,
  InstitutionUpdate,
} from './institutions.schema.ts';

/** Lists institutions with filters, sorting and pagination. */
export async function listInstitutions(db: Db, query: InstitutionListQuery): Promise<Page<Institution>> {
  const { ids, total } = await listInstitutionIds(db, query);
  const records = await findInstitutionRecords(db, ids, todayWib());
  return { items: records.map(recordToInstitution), total, limit: query.limit, offset: query.offset };
}

/** One institution by id; 404 when it does not exist. */
export async function getInstitution(db: Db, id: string): Promise<Institution> {
  const [record] = isUuid(id) ? await findInstitutionRecords(db, [id], todayWib()) : [];
  if (!record) throw errors.notFound('institution', id);
  return recordToInstitution(record);
}

/** Creates an institution with the centres it serves, in one transaction. */
export async function createInstitution(db: Db, input: InstitutionCreate): Promise<Institution> {
  const id = await db.transaction().execute(async (trx) => {
    await assertReferencesExist(trx, input);
    const id = await insertInstitution(trx, {
      ...institutionColumns(input),
      external_id: input.externalId ?? null,
      name: input.name,
      type: input.type,
      legal_status: input.legalStatus,
      services: unique(input.services),
    }).catch(rethrowDuplicate(input.externalId));
    await replaceInstitutionCenters(trx, id, input.centerIds);
    return id;
  });
  return getInstitution(db, id);
}

/** Applies a partial update if `input.version` is still current (else 409, nothing changed). */
export async function updateInstitution(db: Db, id: string, input: InstitutionUpdate): Promise<Institution> {
  if (!isUuid(id)) throw errors.notFound('institution', id);
  await db.transaction().execute(async (trx) => {
    await lockVersioned(trx, 'institutions', id, input.version, 'institution');
    await assertReferencesExist(trx, input);
    await updateInstitutionRow(trx, id, {
      ...institutionColumns(input),
      ...(input.externalId !== undefined && { external_id: input.externalId }),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.type !== undefined && { type: input.type }),
      ...(input.legalStatus !== undefined && { legal_status: input.legalStatus }),
      ...(input.services !== undefined && { services: unique(input.services) }),
    }).catch(rethrowDuplicate(input.externalId));
    if (input.centerIds) await replaceInstitutionCenters(trx, id, input.centerIds);
  });
  return getInstitution(db, id);
}

/** Archives (hides from lists, keeps everything) or restores an institution. */
export async function setInstitutionArchived(
  db: Db,
  id: string,
  archived: boolean,
  version?: number,
): Promise<Institution> {
  if (!isUuid(id)) throw errors.notFound('institution', id);
  await db.transaction().execute(async (trx) => {
    const state = await lockVersioned(trx, 'institutions', id, version, 'institution');
    if (state.archived === archived) {
      throw errors.unprocessable(t(archived ? 'archived' : 'not_archived', { entity: t('institution') }));
    }
    await setArchivedRow(trx, id, archived);
  });
  return getInstitution(db, id);
}

/** Optional columns that create and update treat alike. */
function institutionColumns(input: Partial<InstitutionCreate>) {
  return {
    ...(input.regionCode !== undefined && { region_code: input.regionCode }),
    ...(input.foundedYear !== undefined && { founded_year: input.foundedYear }),
    ...(input.description !== undefined && { description: input.description }),
  };
}

/** 422 listing every unknown region code or centre id, with its field path. */
async function assertReferencesExist(db: Db, input: Partial<InstitutionCreate>): Promise<void> {
  const details: ErrorDetail[] = [];
  if (input.regionCode) {
    const known = await existingRegionCodes(db, [input.regionCode]);
    if (!known.has(input.regionCode)) {
      details.push({ path: 'regionCode', message: t('region_unknown', { code: input.regionCode }) });
    }
  }
  if (input.centerIds && input.centerIds.length > 0) {
    const known = await existingCenterIds(db, input.centerIds);
    input.centerIds.forEach((centerId, i) => {
      if (!known.has(centerId)) {
        const field = `centerIds.${i}`;
        details.push({ path: field, message: t('reference_missing', { field, value: centerId }) });
      }
    });
  }
  const [first] = details;
  if (first) throw errors.unprocessable(first.message, details);
}

function rethrowDuplicate(externalId: string | null | undefined) {
  return (error: unknown): never => {
    if ((error as { code?: string }).code === '23505')
      throw errors.duplicate('institution', 'externalId', externalId ?? '');
    throw error;
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Turns stored rows into the API's institution. */
export function recordToInstitution({
  row,
  centerIds,
  activeMemberCount,
  openChallengeCount,
}: InstitutionRecord): Institution {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    type: row.type as Institution['type'],
    legalStatus: row.legal_status as Institution['legalStatus'],
    services: row.services as Institution['services'],
    regionCode: row.region_code,
    foundedYear: row.founded_year,
    description: row.description,
    centerIds,
    activeMemberCount,
    openChallengeCount,
    version: row.version,
    archivedAt: toIsoOrNull(row.archived_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
