import type { Db } from '../db/database.ts';
import { isUuid, lockVersioned } from '../db/versioned.ts';
import { findEnterpriseRecords } from '../enterprises/enterprises.repo.ts';
import { recordToEnterprise } from '../enterprises/enterprises.service.ts';
import { listYearRows } from '../enterprises/year-data.repo.ts';
import { yearRowToYear } from '../enterprises/year-data.service.ts';
import { errors } from '../shared/errors.ts';
import type { Person } from './people.schema.ts';
import { assertNotErased, getPerson } from './people.service.ts';
import {
  clearOwnerContacts,
  erasePersonRow,
  listAuditAbout,
  ownedEnterpriseIds,
  redactAuditTrail,
} from './people-rights.repo.ts';
import type { PersonErase, PersonExport } from './people-rights.schema.ts';

/**
 * Everything Simpul holds about a person (UU 27/2022 art. 7): their record and affiliations, the
 * enterprises they own with every yearly row, and the audit trail about them. 404 when unknown.
 */
export async function exportPerson(db: Db, id: string): Promise<PersonExport> {
  const person = await getPerson(db, id);
  const [records, auditTrail] = await Promise.all([
    ownedEnterpriseIds(db, id).then((ids) => findEnterpriseRecords(db, ids)),
    listAuditAbout(db, id),
  ]);
  const ownedEnterprises = await Promise.all(
    records.map(async (record) => ({
      ...recordToEnterprise(record),
      years: (await listYearRows(db, record.row.id)).map(yearRowToYear),
    })),
  );
  return { exportedAt: new Date().toISOString(), person, ownedEnterprises, auditTrail };
}

/**
 * Erases a person's personal data on their request (UU 27/2022 art. 8), in one transaction: the person
 * becomes an archived tombstone (placeholder name, no contact details, birth year, gender or notes), the
 * enterprises they own lose the owner's phone and address but keep everything else (figures, memberships,
 * counts), and the audit trail's copies of the erased values are redacted. The erasure itself stays in
 * the trail as the update of the person. 404 when unknown, 422 when already erased.
 */
export async function erasePerson(db: Db, id: string, input: PersonErase): Promise<Person> {
  if (!isUuid(id)) throw errors.notFound('person', id);
  await db.transaction().execute(async (trx) => {
    await lockVersioned(trx, 'people', id, undefined, 'person');
    await assertNotErased(trx, id);
    await erasePersonRow(trx, id, placeholderName(id), input.reason);
    const enterpriseIds = await ownedEnterpriseIds(trx, id);
    await clearOwnerContacts(trx, enterpriseIds);
    await redactAuditTrail(trx, id, enterpriseIds);
  });
  return getPerson(db, id);
}

/** A neutral name that still tells tombstones apart in lists. */
function placeholderName(id: string): string {
  return `Dihapus ${id.slice(0, 8)}`;
}
