import { type RawBuilder, sql } from 'kysely';
import type { AuditEntry } from '../audit/audit.schema.ts';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import { toIso } from '../shared/dates.ts';

/** Columns of `people` that are personal data, as the audit trail copies them. */
const PERSON_FIELDS = ['full_name', 'phone', 'email', 'birth_year', 'gender', 'notes'];
/** Columns of an owned enterprise that are its owner's personal data. */
const OWNER_CONTACT_FIELDS = ['phone', 'address'];
/** What a redacted value becomes in the audit trail. */
export const REDACTED = '[dihapus]';

/** Audit-trail entries about the person and their affiliations, oldest first. */
export async function listAuditAbout(db: Db, personId: string): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_entries')
    .select([
      'id',
      'occurred_at as occurredAt',
      'transaction_id as transactionId',
      'actor_user_id as actorUserId',
      'actor_label as actorLabel',
      'via',
      'session_id as sessionId',
      'token_id as tokenId',
      'request_id as requestId',
      'action',
      'entity_type as entityType',
      'entity_id as entityId',
      'region_codes as regionCodes',
      'before',
      'after',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('entity_type', '=', 'people'), eb('entity_id', '=', personId)]),
        // An affiliation's audit key starts with the person's id (person/enterprise/institution/role).
        eb.and([eb('entity_type', '=', 'person_affiliations'), eb('entity_id', 'like', `${personId}/%`)]),
      ]),
    )
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    ...row,
    occurredAt: toIso(row.occurredAt),
    action: row.action as AuditEntry['action'],
  }));
}

/** Ids of the enterprises the person owns, archived ones included. */
export async function ownedEnterpriseIds(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('enterprises')
    .select('id')
    .where('owner_person_id', '=', personId)
    .orderBy('name')
    .execute();
  return rows.map((r) => r.id);
}

/** Turns the person row into a tombstone: placeholder name, personal fields emptied, archived, erased. */
export async function erasePersonRow(db: Db, id: string, placeholder: string, reason: string): Promise<void> {
  await db
    .updateTable('people')
    .set({
      full_name: placeholder,
      phone: null,
      email: null,
      birth_year: null,
      gender: null,
      // The tombstone's only note is why it is one, so the audit row of the erasure carries the reason.
      notes: reason,
      erased_at: sql<Date>`now()`,
      archived_at: sql<Date>`coalesce(archived_at, now())`,
      ...nextVersion(),
    })
    .where('id', '=', id)
    .execute();
}

/** Empties the owner's contact fields (phone, address) of the given enterprises that still have any. */
export async function clearOwnerContacts(db: Db, enterpriseIds: readonly string[]): Promise<void> {
  if (enterpriseIds.length === 0) return;
  await db
    .updateTable('enterprises')
    .set({ phone: null, address: null, ...nextVersion() })
    .where('id', 'in', enterpriseIds)
    .where((eb) => eb.or([eb('phone', 'is not', null), eb('address', 'is not', null)]))
    .execute();
}

/** `value` (a jsonb row copy) with each of `fields` that holds something replaced by the redaction mark. */
function redacted(value: RawBuilder<unknown>, fields: readonly string[]): RawBuilder<unknown> {
  return sql`(SELECT jsonb_object_agg(e.k, CASE WHEN e.k = ANY(${[...fields]}::text[]) AND e.v <> 'null'::jsonb
                                               THEN to_jsonb(${REDACTED}::text) ELSE e.v END)
                FROM jsonb_each(${value}) AS e(k, v))`;
}

/**
 * Redacts the audit trail's copies of the person's personal data: their own rows and their affiliations'
 * (every personal field), and the rows of the enterprises they own (the owner's phone and address). The
 * tombstone state written by the erasure itself (`after` with `erased_at`) holds none and is kept as is.
 * Must run in the erasure's transaction, after its updates, so the erasure's own `before` is covered.
 */
export async function redactAuditTrail(
  db: Db,
  personId: string,
  enterpriseIds: readonly string[],
): Promise<void> {
  // The append-only guard on audit_log lets an UPDATE through only with this setting on.
  await sql`SET LOCAL simpul.audit_redaction = 'on'`.execute(db);
  await redactBulkAuditRows(db, personId, enterpriseIds);
  const before = sql.ref('before');
  const after = sql.ref('after');
  await sql`
    UPDATE audit_log
       SET before = ${redacted(before, PERSON_FIELDS)},
           after = CASE WHEN entity_type = 'people' AND after->>'erased_at' IS NOT NULL THEN after
                        ELSE ${redacted(after, PERSON_FIELDS)} END
     WHERE (entity_type = 'people' AND entity_id = ${personId})
        OR (entity_type = 'person_affiliations'
            AND (before->>'person_id' = ${personId} OR after->>'person_id' = ${personId}))`.execute(db);
  if (enterpriseIds.length === 0) return;
  await sql`
    UPDATE audit_log
       SET before = ${redacted(before, OWNER_CONTACT_FIELDS)}, after = ${redacted(after, OWNER_CONTACT_FIELDS)}
     WHERE entity_type = 'enterprises' AND entity_id = ANY(${[...enterpriseIds]}::text[])`.execute(db);
}

/** The same redaction in the rows of bulk-written (imported) audit entries, whose header holds the type. */
async function redactBulkAuditRows(
  db: Db,
  personId: string,
  enterpriseIds: readonly string[],
): Promise<void> {
  const before = sql.ref('b.before');
  const after = sql.ref('b.after');
  await sql`
    UPDATE audit_bulk_rows b
       SET before = ${redacted(before, PERSON_FIELDS)},
           after = CASE WHEN h.entity_type = 'people' AND b.after->>'erased_at' IS NOT NULL THEN b.after
                        ELSE ${redacted(after, PERSON_FIELDS)} END
      FROM audit_log h
     WHERE h.id = b.audit_id
       AND ((h.entity_type = 'people' AND b.entity_id = ${personId})
            OR (h.entity_type = 'person_affiliations' AND b.entity_id LIKE ${`${personId}/%`}))`.execute(db);
  if (enterpriseIds.length === 0) return;
  await sql`
    UPDATE audit_bulk_rows b
       SET before = ${redacted(before, OWNER_CONTACT_FIELDS)}, after = ${redacted(after, OWNER_CONTACT_FIELDS)}
      FROM audit_log h
     WHERE h.id = b.audit_id AND h.entity_type = 'enterprises'
       AND b.entity_id = ANY(${[...enterpriseIds]}::text[])`.execute(db);
}
