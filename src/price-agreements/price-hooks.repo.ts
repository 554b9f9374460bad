import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';
import { AGREEMENT_BOARD_ROLES } from './price-agreements.constants.ts';

/**
 * Active enterprise users of the institution's current members on `day`; only the board's (pengurus) when
 * `boardOnly`.
 */
export async function institutionUserIds(
  db: Db,
  institutionId: string,
  day: string,
  boardOnly: boolean,
): Promise<string[]> {
  const board = boardOnly ? sql`AND im.role = ANY(${[...AGREEMENT_BOARD_ROLES]}::text[])` : sql``;
  const { rows } = await sql<{ id: string }>`
    SELECT DISTINCT u.id FROM institution_memberships im
      JOIN user_scopes s ON s.kind = 'enterprise' AND s.ref = im.enterprise_id::text
      JOIN users u ON u.id = s.user_id AND u.active AND u.role = 'enterprise'
    WHERE im.institution_id = ${institutionId} AND ${memberOn(day, 'im')} ${board}`.execute(db);
  return rows.map((r) => r.id);
}

/** Active enterprise users of the given firms. */
export async function firmUserIds(db: Db, enterpriseIds: readonly string[]): Promise<string[]> {
  if (enterpriseIds.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    SELECT DISTINCT u.id FROM user_scopes s
      JOIN users u ON u.id = s.user_id AND u.active AND u.role = 'enterprise'
    WHERE s.kind = 'enterprise' AND s.ref = ANY(${enterpriseIds.map(String)}::text[])`.execute(db);
  return rows.map((r) => r.id);
}

/** The agreements a firm has a standing consent to, locked for re-evaluation, in a stable order. */
export async function agreementsConsentedBy(db: Db, enterpriseId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT pa.id FROM price_agreements pa
    WHERE EXISTS (SELECT 1 FROM price_agreement_consents x
      WHERE x.agreement_id = pa.id AND x.enterprise_id = ${enterpriseId} AND x.withdrawn_on IS NULL)
    ORDER BY pa.id FOR UPDATE`.execute(db);
  return rows.map((r) => r.id);
}

/**
 * Writes a firm's new name into the verdicts stored with every agreement's flag (the verdicts themselves
 * stay as evaluated). Returns how many agreements changed.
 */
export async function renameInFlagInputs(db: Db, enterpriseId: string, name: string): Promise<number> {
  const result = await sql`
    UPDATE price_agreements pa SET flag_inputs = (
      SELECT coalesce(jsonb_agg(CASE WHEN v->>'enterpriseId' = ${enterpriseId}
        THEN jsonb_set(v, '{enterpriseName}', to_jsonb(${name}::text)) ELSE v END ORDER BY n), '[]'::jsonb)
      FROM jsonb_array_elements(pa.flag_inputs) WITH ORDINALITY AS e(v, n))
    WHERE pa.flag_inputs @> jsonb_build_array(jsonb_build_object('enterpriseId', ${enterpriseId}::text))`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? 0);
}
