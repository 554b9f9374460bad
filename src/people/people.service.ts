import type { Db } from '../db/database.ts';
import { isUuid, lockVersioned } from '../db/versioned.ts';
import { toIso, toIsoOrNull } from '../shared/dates.ts';
import { type ErrorDetail, errors } from '../shared/errors.ts';
import { t, tr } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import {
  type AffiliationValues,
  existingIds,
  findPersonRecords,
  insertPerson,
  isErased,
  type ListLimits,
  listPersonIds,
  type PersonRecord,
  replaceAffiliations,
  setPersonArchived as setArchived,
  updatePerson as updatePersonRow,
} from './people.repo.ts';
import type {
  AffiliationInput,
  Person,
  PersonCreate,
  PersonListQuery,
  PersonRole,
  PersonUpdate,
} from './people.schema.ts';

const MESSAGES = {
  erased: {
    id: 'Data pribadi orang ini sudah dihapus; catatannya tidak dapat diubah lagi.',
    en: "This person's personal data has been erased; the record can no longer be changed.",
  },
};

/** Lists people with filters, sorting and pagination, within `limits` (the reader's scope). */
export async function listPeople(
  db: Db,
  query: PersonListQuery,
  limits: ListLimits = {},
): Promise<Page<Person>> {
  const { ids, total } = await listPersonIds(db, query, limits);
  const records = await findPersonRecords(db, ids);
  return { items: records.map(recordToPerson), total, limit: query.limit, offset: query.offset };
}

/** One person by id; 404 when they do not exist. */
export async function getPerson(db: Db, id: string): Promise<Person> {
  const [record] = isUuid(id) ? await findPersonRecords(db, [id]) : [];
  if (!record) throw errors.notFound('person', id);
  return recordToPerson(record);
}

/** Creates a person with their affiliations; 422 when an affiliated enterprise or institution is unknown. */
export async function createPerson(db: Db, input: PersonCreate): Promise<Person> {
  const id = await db.transaction().execute(async (trx) => {
    await assertTargetsExist(trx, input.affiliations);
    const id = await insertPerson(trx, {
      full_name: input.fullName,
      gender: input.gender ?? null,
      birth_year: input.birthYear ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      roles: unique(input.roles),
      notes: input.notes ?? null,
    });
    await replaceAffiliations(trx, id, input.affiliations.map(affiliationValues));
    return id;
  });
  return getPerson(db, id);
}

/** Applies a partial update if `input.version` is still current (else 409, nothing changed). */
export async function updatePerson(db: Db, id: string, input: PersonUpdate): Promise<Person> {
  if (!isUuid(id)) throw errors.notFound('person', id);
  await db.transaction().execute(async (trx) => {
    await lockVersioned(trx, 'people', id, input.version, 'person');
    await assertNotErased(trx, id);
    if (input.affiliations) await assertTargetsExist(trx, input.affiliations);
    await updatePersonRow(trx, id, {
      ...(input.fullName !== undefined && { full_name: input.fullName }),
      ...(input.gender !== undefined && { gender: input.gender }),
      ...(input.birthYear !== undefined && { birth_year: input.birthYear }),
      ...(input.phone !== undefined && { phone: input.phone }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.roles !== undefined && { roles: unique(input.roles) }),
      ...(input.notes !== undefined && { notes: input.notes }),
    });
    if (input.affiliations) await replaceAffiliations(trx, id, input.affiliations.map(affiliationValues));
  });
  return getPerson(db, id);
}

/** Archives (hides from lists, keeps everything) or restores a person. */
export async function setPersonArchived(
  db: Db,
  id: string,
  archived: boolean,
  version?: number,
): Promise<Person> {
  if (!isUuid(id)) throw errors.notFound('person', id);
  await db.transaction().execute(async (trx) => {
    const state = await lockVersioned(trx, 'people', id, version, 'person');
    await assertNotErased(trx, id);
    if (state.archived === archived) {
      throw errors.unprocessable(t(archived ? 'archived' : 'not_archived', { entity: t('person') }));
    }
    await setArchived(trx, id, archived);
  });
  return getPerson(db, id);
}

/** 422 once a person is erased: editing the tombstone could bring personal data back. */
export async function assertNotErased(db: Db, id: string): Promise<void> {
  if (await isErased(db, id)) throw errors.unprocessable(tr(MESSAGES.erased));
}

async function assertTargetsExist(db: Db, affiliations: readonly AffiliationInput[]): Promise<void> {
  const ids = (key: 'enterpriseId' | 'institutionId') =>
    affiliations.flatMap((a) => (a[key] ? [a[key]] : []));
  const [enterprises, institutions] = await Promise.all([
    existingIds(db, 'enterprises', ids('enterpriseId')),
    existingIds(db, 'institutions', ids('institutionId')),
  ]);
  const details: ErrorDetail[] = affiliations.flatMap((a, i) => {
    if (a.enterpriseId && !enterprises.has(a.enterpriseId)) {
      const message = t('not_found', { entity: t('enterprise'), id: a.enterpriseId });
      return [{ path: `affiliations.${i}.enterpriseId`, message }];
    }
    if (a.institutionId && !institutions.has(a.institutionId)) {
      const message = t('not_found', { entity: t('institution'), id: a.institutionId });
      return [{ path: `affiliations.${i}.institutionId`, message }];
    }
    return [];
  });
  const [first] = details;
  if (first) throw errors.unprocessable(first.message, details);
}

function affiliationValues(a: AffiliationInput): AffiliationValues {
  return { enterprise_id: a.enterpriseId ?? null, institution_id: a.institutionId ?? null, role: a.role };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Turns stored rows into the API's person. */
export function recordToPerson({ row, affiliations }: PersonRecord): Person {
  return {
    id: row.id,
    fullName: row.full_name,
    gender: row.gender,
    birthYear: row.birth_year,
    phone: row.phone,
    email: row.email,
    roles: row.roles as PersonRole[],
    affiliations: affiliations.map((a) => ({
      enterpriseId: a.enterprise_id,
      institutionId: a.institution_id,
      name: a.name,
      role: a.role,
    })),
    notes: row.notes,
    version: row.version,
    archivedAt: toIsoOrNull(row.archived_at),
    erasedAt: toIsoOrNull(row.erased_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
