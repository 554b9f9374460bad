import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import type { KbliEntry } from '../shared/kbli.ts';
import { memberOn } from '../shared/periods.ts';
import { visibleTo } from './coding.repo.ts';
import { segmentStillConsented } from './excerpts.ts';

/** The queries of the re-identification warnings: informants with their registry facts, quotations, firm counts. */

/** An informant still in the study, with what the registry knows about their firm and themselves. */
export interface InformantFactsRow {
  id: string;
  pseudonym: string;
  role: string;
  center_id: string | null;
  center_name: string | null;
  enterprise_id: string | null;
  enterprise_name: string | null;
  nib: string | null;
  enterprise_phone: string | null;
  address: string | null;
  village: string | null;
  kbli: KbliEntry[] | null;
  commodity: string | null;
  person_name: string | null;
  person_phone: string | null;
  owner_name: string | null;
  owner_phone: string | null;
  gender: string | null;
  year: number | null;
  workers_male: number | null;
  workers_female: number | null;
  investment_excl_land_building: number | null;
  business_capital: number | null;
  annual_sales: number | null;
}

/** The project's informants who have not withdrawn, with their registry facts (latest yearly figures). */
export async function informantFacts(db: Db, projectId: string): Promise<InformantFactsRow[]> {
  const { rows } = await sql<InformantFactsRow>`
    SELECT i.id, i.pseudonym, i.role, i.center_id, c.name AS center_name, i.enterprise_id,
           e.name AS enterprise_name, e.nib, e.phone AS enterprise_phone, e.address,
           v.name AS village, e.kbli, e.commodity,
           p.full_name AS person_name, p.phone AS person_phone,
           o.full_name AS owner_name, o.phone AS owner_phone, coalesce(p.gender, o.gender) AS gender,
           y.year, y.workers_male, y.workers_female, y.investment_excl_land_building, y.business_capital,
           y.annual_sales
      FROM research_informants i
      LEFT JOIN centers c ON c.id = i.center_id
      LEFT JOIN enterprises e ON e.id = i.enterprise_id
      LEFT JOIN regions v ON v.code = e.region_code AND v.level IN ('village', 'urban_village')
      LEFT JOIN people p ON p.id = i.person_id AND p.erased_at IS NULL
      LEFT JOIN people o ON o.id = e.owner_person_id AND o.erased_at IS NULL
      LEFT JOIN LATERAL (
        SELECT d.year, d.workers_male, d.workers_female, d.investment_excl_land_building,
               d.business_capital, d.annual_sales
          FROM enterprise_year_data d WHERE d.enterprise_id = e.id
         ORDER BY d.year DESC, d.updated_at DESC LIMIT 1) y ON true
     WHERE i.project_id = ${projectId}::uuid AND i.withdrawn_on IS NULL
     ORDER BY i.pseudonym`.execute(db);
  return rows;
}

/** A quotation: a still-consented segment the actor may see, its words and who may be speaking. */
export interface QuotationRow {
  id: string;
  document_id: string;
  title: string;
  words: string;
  /** The informant named on the segment, else every informant of the document. */
  speakers: string[];
}

/** The project's still-consented segments the actor may see, with their words. */
export async function projectQuotations(db: Db, actor: Actor, projectId: string): Promise<QuotationRow[]> {
  const { rows } = await sql<QuotationRow>`
    SELECT s.id, s.document_id, d.title,
           coalesce(substring(x.body from s.start_cp + 1 for s.end_cp - s.start_cp), '') AS words,
           CASE WHEN s.informant_id IS NOT NULL THEN ARRAY[s.informant_id::text]
                ELSE coalesce((SELECT array_agg(di.informant_id::text ORDER BY di.informant_id)
                                 FROM research_document_informants di WHERE di.document_id = d.id), '{}')
           END AS speakers
      FROM research_segments s
      JOIN research_documents d ON d.id = s.document_id
      LEFT JOIN research_document_texts x ON x.document_id = d.id
     WHERE d.project_id = ${projectId}::uuid AND d.archived_at IS NULL
       AND ${segmentStillConsented('s')} AND ${visibleTo(actor)}
     ORDER BY d.title, s.start_cp, s.id`.execute(db);
  return rows;
}

/**
 * Firms of a kind among a centre's members on `day`: those sharing a KBLI code with `kbli`, else the same
 * commodity as `commodity`, else (neither known) every member.
 */
export async function firmsOfKind(
  db: Db,
  centerId: string,
  kind: { kbli: readonly string[]; commodity: string | null },
  day: string,
): Promise<number> {
  const same =
    kind.kbli.length > 0
      ? sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements(e.kbli) k WHERE k->>'code' = ANY(${[...kind.kbli]}::text[]))`
      : kind.commodity
        ? sql<boolean>`lower(e.commodity) = lower(${kind.commodity})`
        : sql<boolean>`true`;
  const { rows } = await sql<{ n: number }>`
    SELECT count(DISTINCT m.enterprise_id)::int AS n
      FROM center_memberships m JOIN enterprises e ON e.id = m.enterprise_id AND e.archived_at IS NULL
     WHERE m.center_id = ${centerId}::uuid AND ${memberOn(day, 'm')} AND ${same}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
