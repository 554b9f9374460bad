import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { KbliEntry } from '../../shared/kbli.ts';
import { memberOn } from '../../shared/periods.ts';

/** What the brokerage groupings read of one firm (null: not recorded). */
export interface FirmGroupFacts {
  /** Region code when it names a village (desa/kelurahan), with the village's name. */
  village: { code: string; name: string } | null;
  kbli: KbliEntry[];
  /** Workers (men + women) in the latest year recorded up to the analysed date's year. */
  workers: number | null;
  /** Institutions the firm is a member of on the analysed date (not archived), by id. */
  institutions: { id: string; name: string }[];
}

/** Group facts of `enterpriseIds` on `at` (null: the latest figures, every membership ever). */
export async function loadFirmGroupFacts(
  db: Db,
  enterpriseIds: readonly string[],
  at: string | null,
): Promise<Map<string, FirmGroupFacts>> {
  const facts = new Map<string, FirmGroupFacts>();
  if (enterpriseIds.length === 0) return facts;
  const year = at === null ? 9999 : Number(at.slice(0, 4));
  const [firms, workers, members] = await Promise.all([
    sql<{ id: string; kbli: KbliEntry[]; code: string | null; village: string | null }>`
      SELECT e.id, e.kbli, r.code, r.name AS village
      FROM enterprises e
      LEFT JOIN regions r ON r.code = e.region_code AND r.level IN ('village', 'urban_village')
      WHERE e.id = ANY(${enterpriseIds}::uuid[])`.execute(db),
    // One row per firm: its latest year up to `year`; among sources of that year, the first by name.
    sql<{ enterprise_id: string; workers: number | null }>`
      SELECT DISTINCT ON (y.enterprise_id) y.enterprise_id,
             CASE WHEN y.workers_male IS NULL AND y.workers_female IS NULL THEN NULL
                  ELSE coalesce(y.workers_male, 0) + coalesce(y.workers_female, 0) END AS workers
      FROM enterprise_year_data y
      WHERE y.enterprise_id = ANY(${enterpriseIds}::uuid[]) AND y.year <= ${year}
        AND (y.workers_male IS NOT NULL OR y.workers_female IS NOT NULL)
      ORDER BY y.enterprise_id, y.year DESC, y.source`.execute(db),
    sql<{ enterprise_id: string; id: string; name: string }>`
      SELECT DISTINCT m.enterprise_id, n.id, n.name
      FROM institution_memberships m
      JOIN institutions n ON n.id = m.institution_id AND n.archived_at IS NULL
      WHERE m.enterprise_id = ANY(${enterpriseIds}::uuid[]) AND ${memberOn(at, 'm')}
      ORDER BY n.id`.execute(db),
  ]);
  for (const f of firms.rows) {
    facts.set(f.id, {
      village: f.code !== null && f.village !== null ? { code: f.code, name: f.village } : null,
      kbli: f.kbli ?? [],
      workers: null,
      institutions: [],
    });
  }
  for (const w of workers.rows) {
    const f = facts.get(w.enterprise_id);
    if (f) f.workers = w.workers === null ? null : Number(w.workers);
  }
  for (const m of members.rows) facts.get(m.enterprise_id)?.institutions.push({ id: m.id, name: m.name });
  return facts;
}
