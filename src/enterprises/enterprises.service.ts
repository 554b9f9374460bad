import type { Updateable } from 'kysely';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid, lockVersioned } from '../db/versioned.ts';
import { addAffiliation, insertPerson, isErased, updatePerson } from '../people/people.repo.ts';
import { onFirmRenamed } from '../price-agreements/price-firm-hooks.ts';
import { findRegion } from '../regions/regions.repo.ts';
import { toIso, toIsoOrNull } from '../shared/dates.ts';
import { errors } from '../shared/errors.ts';
import { t, tr } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import {
  type EnterpriseRecord,
  findEnterpriseRecords,
  findMemberships,
  insertEnterprise,
  type ListLimits,
  listEnterpriseIds,
  setEnterpriseArchived as setArchived,
  updateEnterprise as updateEnterpriseRow,
} from './enterprises.repo.ts';
import type {
  Enterprise,
  EnterpriseCreate,
  EnterpriseDetail,
  EnterpriseListQuery,
  EnterpriseUpdate,
} from './enterprises.schema.ts';
import type { EnterprisesTable } from './enterprises.table.ts';
import { latestYear, listYearRows } from './year-data.repo.ts';
import { sizeClassReport, yearRowToYear } from './year-data.service.ts';

/** Levels at which an enterprise is located: its kecamatan or its desa/kelurahan. */
const LOCATABLE_LEVELS = new Set(['district', 'village', 'urban_village']);

const MESSAGES = {
  regionTooCoarse: {
    id: 'Kode wilayah {code} ({name}) bukan kecamatan atau desa/kelurahan; IKM dicatat di salah satunya.',
    en: 'Region code {code} ({name}) is not a district or village; an enterprise is recorded at one of those.',
  },
};

/** Lists enterprises with filters, sorting and pagination, within `limits` (the reader's scope). */
export async function listEnterprises(
  db: Db,
  query: EnterpriseListQuery,
  limits: ListLimits = {},
): Promise<Page<Enterprise>> {
  const { ids, total } = await listEnterpriseIds(db, query, limits);
  const records = await findEnterpriseRecords(db, ids);
  return { items: records.map(recordToEnterprise), total, limit: query.limit, offset: query.offset };
}

/** One enterprise with its centre memberships, latest yearly figures and size classes; 404 when unknown. */
export async function getEnterprise(db: Db, id: string): Promise<EnterpriseDetail> {
  const [record] = isUuid(id) ? await findEnterpriseRecords(db, [id]) : [];
  if (!record) throw errors.notFound('enterprise', id);
  const year = await latestYear(db, id);
  const [memberships, rows] = await Promise.all([
    findMemberships(db, id),
    year === undefined ? [] : listYearRows(db, id, year),
  ]);
  return {
    ...recordToEnterprise(record),
    memberships: memberships.map((m) => ({
      centerId: m.center_id,
      centerName: m.center_name,
      role: m.role,
      validFrom: m.valid_from,
      validTo: m.valid_to,
    })),
    latestYear: rows.map(yearRowToYear),
    sizeClasses: rows.map(sizeClassReport),
  };
}

/**
 * Creates an enterprise and its owner (a person with the `owner` role) in one transaction (the caller's,
 * when `db` is one); `pending` marks a firm recorded in the field, not yet verified.
 */
export async function createEnterprise(
  db: Db,
  input: EnterpriseCreate,
  { pending = false }: { pending?: boolean } = {},
): Promise<EnterpriseDetail> {
  const id = await inTransaction(db, async (trx) => {
    await assertLocatableRegion(trx, input.regionCode);
    const ownerId = await insertPerson(trx, { full_name: input.ownerName, roles: ['owner'] });
    const id = await insertEnterprise(trx, {
      ...enterpriseColumns(input),
      name: input.name,
      owner_person_id: ownerId,
      region_code: input.regionCode,
      legal_form: input.legalForm,
      kbli: JSON.stringify(input.kbli),
      value_chain_roles: [...new Set(input.valueChainRoles)],
      formality: input.formality ?? (input.nib ? 'formal' : 'informal'),
      ...(pending && { pending_since: new Date() }),
    }).catch(rethrowDuplicate(input));
    await addAffiliation(trx, ownerId, { enterprise_id: id, institution_id: null, role: 'owner' });
    return id;
  });
  return getEnterprise(db, id);
}

/** Applies a partial update if `input.version` is still current (else 409, nothing changed). */
export async function updateEnterprise(
  db: Db,
  id: string,
  input: EnterpriseUpdate,
): Promise<EnterpriseDetail> {
  if (!isUuid(id)) throw errors.notFound('enterprise', id);
  await inTransaction(db, async (trx) => {
    await lockVersioned(trx, 'enterprises', id, input.version, 'enterprise');
    if (input.regionCode !== undefined) await assertLocatableRegion(trx, input.regionCode);
    const changes: Updateable<EnterprisesTable> = {
      ...enterpriseColumns(input),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.regionCode !== undefined && { region_code: input.regionCode }),
      ...(input.legalForm !== undefined && { legal_form: input.legalForm }),
      ...(input.kbli !== undefined && { kbli: JSON.stringify(input.kbli) }),
      ...(input.valueChainRoles !== undefined && { value_chain_roles: [...new Set(input.valueChainRoles)] }),
      ...(input.formality !== undefined && { formality: input.formality }),
      ...(input.pending === false && { pending_since: null }),
    };
    if (input.ownerName !== undefined) {
      const [current] = await findEnterpriseRecords(trx, [id]);
      const ownerId = current?.row.owner_person_id;
      // An erased owner stays a tombstone: a name given now is a new owner, not the old one's data back.
      if (!ownerId || (await isErased(trx, ownerId))) {
        const newOwner = await insertPerson(trx, { full_name: input.ownerName, roles: ['owner'] });
        await addAffiliation(trx, newOwner, { enterprise_id: id, institution_id: null, role: 'owner' });
        changes.owner_person_id = newOwner;
      } else if (current.ownerName !== input.ownerName) {
        // The owner is one person row: renaming it here is what the people list will show too.
        await updatePerson(trx, ownerId, { full_name: input.ownerName });
      }
    }
    await updateEnterpriseRow(trx, id, changes).catch(rethrowDuplicate(input));
    if (input.name !== undefined) await onFirmRenamed(trx, id, input.name);
  });
  return getEnterprise(db, id);
}

/** Archives (hides from lists, keeps everything) or restores an enterprise. */
export async function setEnterpriseArchived(
  db: Db,
  id: string,
  archived: boolean,
  version?: number,
): Promise<EnterpriseDetail> {
  if (!isUuid(id)) throw errors.notFound('enterprise', id);
  await db.transaction().execute(async (trx) => {
    const state = await lockVersioned(trx, 'enterprises', id, version, 'enterprise');
    if (state.archived === archived) {
      throw errors.unprocessable(t(archived ? 'archived' : 'not_archived', { entity: t('enterprise') }));
    }
    await setArchived(trx, id, archived);
  });
  return getEnterprise(db, id);
}

/** Optional columns that every write treats alike. */
function enterpriseColumns(input: Partial<EnterpriseCreate>): Updateable<EnterprisesTable> {
  return {
    ...(input.externalId !== undefined && { external_id: input.externalId }),
    ...(input.nib !== undefined && { nib: input.nib }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.phone !== undefined && { phone: input.phone }),
    ...(input.commodity !== undefined && { commodity: input.commodity }),
    ...(input.products !== undefined && { products: input.products }),
    ...(input.licenseYear !== undefined && { license_year: input.licenseYear }),
    ...(input.latitude !== undefined && { latitude: input.latitude }),
    ...(input.longitude !== undefined && { longitude: input.longitude }),
  };
}

/** 422 on `regionCode` unless the code is a known district or village. */
async function assertLocatableRegion(db: Db, code: string): Promise<void> {
  const region = await findRegion(db, code);
  if (region && LOCATABLE_LEVELS.has(region.level)) return;
  const message = region
    ? tr(MESSAGES.regionTooCoarse, { code, name: region.name })
    : t('region_unknown', { code });
  throw errors.unprocessable(message, [{ path: 'regionCode', message }]);
}

/** Turns a unique violation on NIB or external id into a 409 naming the field. */
function rethrowDuplicate(input: { nib?: string | null; externalId?: string | null }) {
  return (error: unknown): never => {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23505' && constraint === 'enterprises_nib_key') {
      throw errors.duplicate('enterprise', 'nib', input.nib ?? '');
    }
    if (code === '23505' && constraint === 'enterprises_external_id_key') {
      throw errors.duplicate('enterprise', 'externalId', input.externalId ?? '');
    }
    throw error;
  };
}

/** Turns stored rows into the API's enterprise. */
export function recordToEnterprise({ row, ownerName, regionName }: EnterpriseRecord): Enterprise {
  return {
    id: row.id,
    externalId: row.external_id,
    nib: row.nib,
    name: row.name,
    ownerName,
    ownerPersonId: row.owner_person_id,
    address: row.address,
    regionCode: row.region_code,
    regionName,
    phone: row.phone,
    commodity: row.commodity,
    products: row.products,
    legalForm: row.legal_form as Enterprise['legalForm'],
    licenseYear: row.license_year,
    kbli: row.kbli,
    valueChainRoles: row.value_chain_roles as Enterprise['valueChainRoles'],
    formality: row.formality as Enterprise['formality'],
    latitude: row.latitude,
    longitude: row.longitude,
    version: row.version,
    pending: row.pending_since !== null,
    archivedAt: toIsoOrNull(row.archived_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
