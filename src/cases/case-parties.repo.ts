import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { PartyKind } from './cases.constants.ts';

const TABLES = { enterprise: 'enterprises', person: 'people', institution: 'institutions' } as const;

/** Whether the enterprise, person or institution `id` exists. */
export async function partyExists(db: Db, kind: PartyKind, id: string): Promise<boolean> {
  const row = await db.selectFrom(TABLES[kind]).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** What a case needs to know about a tie before linking it, or undefined when it does not exist. */
export async function tieFacts(
  db: Db,
  id: string,
): Promise<{ valence: string; centerId: string | null; type: string } | undefined> {
  const row = await db
    .selectFrom('interactions')
    .select(['valence', 'center_id', 'type'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { valence: row.valence, centerId: row.center_id, type: row.type };
}

/** A tie of `type` between the two firms active on `on` in the centre, if one is recorded. */
export async function findMatchingTie(
  db: Db,
  facts: { type: string; from: string; to: string; centerId: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('interactions')
    .select('id')
    .where('type', '=', facts.type)
    .where('center_id', '=', facts.centerId)
    .where('archived_at', 'is', null)
    .where('end_date', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('from_enterprise_id', '=', facts.from), eb('to_enterprise_id', '=', facts.to)]),
        eb.and([eb('from_enterprise_id', '=', facts.to), eb('to_enterprise_id', '=', facts.from)]),
      ]),
    )
    .executeTakeFirst();
  return row?.id;
}

/**
 * The active users who may read case `caseId` and should hear about it: centre managers of its centre
 * (unless it is Dinas-only), Dinas officers whose regions cover the centre, and, for a `parties` case, the
 * users of its party enterprises.
 */
export async function caseAudienceUserIds(db: Db, caseId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    SELECT DISTINCT u.id FROM conflict_cases k
      JOIN user_scopes s ON true
      JOIN users u ON u.id = s.user_id AND u.active
     WHERE k.id = ${caseId}
       AND (
         (u.role = 'center_manager' AND s.kind = 'center' AND s.ref = k.center_id::text
            AND k.confidentiality <> 'dinas_only')
         OR (u.role = 'regional_officer' AND s.kind = 'region' AND EXISTS (
              SELECT 1 FROM center_regions cr WHERE cr.center_id = k.center_id
                 AND (cr.region_code = s.ref OR cr.region_code LIKE s.ref || '.%')))
         OR (u.role = 'enterprise' AND s.kind = 'enterprise' AND k.confidentiality = 'parties'
            AND s.ref IN (SELECT p.enterprise_id::text FROM conflict_case_parties p WHERE p.case_id = k.id))
       )`.execute(db);
  return rows.rows.map((r) => r.id);
}
