import type { Db } from '../db/database.ts';
import { tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import { addDays } from './calendar-days.ts';
import { IDLE_THRESHOLD, UTILISATION_WINDOW_DAYS } from './facilities.constants.ts';
import { FACILITY_MESSAGES as m } from './facilities.messages.ts';
import {
  existingCenterIds,
  type FacilityRow,
  listFacilityRows,
  listManagedFacilityRows,
  usedDayRows,
} from './facilities.repo.ts';
import type { CenterUtilisation, UtilisationQuery } from './facilities.schema.ts';
import { assertNoProblems, facilityErrors } from './facility-errors.ts';
import { facilityUtilisation, type UtilisationFigures } from './utilisation.ts';

/** The default period: the last `UTILISATION_WINDOW_DAYS` days up to and including `today`. */
export function defaultPeriod(today = todayWib()): { from: string; to: string } {
  return { from: addDays(today, 1 - UTILISATION_WINDOW_DAYS), to: today };
}

/** One facility's utilisation, with what names it. */
export interface FacilityUtilisationEntry extends UtilisationFigures {
  facilityId: string;
  name: string;
  kind: FacilityRow['kind'];
}

/** The utilisation of each facility row over `from`–`to`, keyed by facility id. */
export async function utilisationOfRows(
  db: Db,
  rows: readonly FacilityRow[],
  from: string,
  to: string,
): Promise<Map<string, UtilisationFigures>> {
  const used = new Map<string, string[]>();
  for (const row of await usedDayRows(
    db,
    rows.map((r) => r.id),
    from,
    to,
  )) {
    used.set(row.facility_id, [...(used.get(row.facility_id) ?? []), row.day]);
  }
  const calendar = (row: FacilityRow) => ({ openWeekdays: row.open_weekdays, closedDates: row.closed_dates });
  return new Map(
    rows.map((row) => [row.id, facilityUtilisation(calendar(row), from, to, used.get(row.id) ?? [])]),
  );
}

/**
 * The utilisation of the active facilities of each centre of `centerIds` over `from`–`to` (default: the last
 * 90 days), keyed by centre id; a centre without facilities has an empty list. For the centre report and
 * the ecosystem index, which read many centres at once.
 */
export async function facilityUtilisationByCenter(
  db: Db,
  centerIds: readonly string[],
  period = defaultPeriod(),
): Promise<Map<string, FacilityUtilisationEntry[]>> {
  const rows = await listFacilityRows(db, centerIds, false);
  const figures = await utilisationOfRows(db, rows, period.from, period.to);
  const byCenter = new Map<string, FacilityUtilisationEntry[]>(centerIds.map((id) => [id, []]));
  for (const row of rows) {
    const entry = {
      facilityId: row.id,
      name: row.name,
      kind: row.kind,
      ...(figures.get(row.id) as UtilisationFigures),
    };
    byCenter.get(row.center_id)?.push(entry);
  }
  return byCenter;
}

/** Utilisation pooled over several facilities: used and open days summed, and which facilities were read. */
export interface PooledUtilisation {
  /** Whose facilities: those the institution manages, or (managing none) those of its centres. */
  basis: 'managed' | 'centers';
  facilities: number;
  availableDays: number;
  usedDays: number;
  /** usedDays ÷ availableDays; null without a facility open in the period. */
  utilisation: number | null;
}

/**
 * The pooled utilisation over the `UTILISATION_WINDOW_DAYS` days up to `day` of the active facilities
 * institution `institutionId` manages or, when it manages none, of every active facility of the centres
 * `centerIds` (the ones its members use): Σ used days ÷ Σ open days, so a big, busy facility weighs by its
 * open days and one idle kiln beside a busy one shows as half used. For the institution self-assessment.
 */
export async function institutionFacilityUtilisation(
  db: Db,
  institutionId: string,
  centerIds: readonly string[],
  day: string,
): Promise<PooledUtilisation> {
  const managed = await listManagedFacilityRows(db, institutionId);
  const basis = managed.length > 0 ? 'managed' : 'centers';
  const rows = basis === 'managed' ? managed : await listFacilityRows(db, centerIds, false);
  const { from, to } = defaultPeriod(day);
  const figures = [...(await utilisationOfRows(db, rows, from, to)).values()];
  const availableDays = figures.reduce((sum, f) => sum + f.availableDays, 0);
  const usedDays = figures.reduce((sum, f) => sum + f.usedDays, 0);
  return {
    basis,
    facilities: rows.length,
    availableDays,
    usedDays,
    utilisation: availableDays === 0 ? null : usedDays / availableDays,
  };
}

/** `GET /api/centers/:id/facility-utilisation`: 404 for a missing centre, 422 for a period ending before it starts. */
export async function centerFacilityUtilisation(
  db: Db,
  centerId: string,
  query: UtilisationQuery,
): Promise<CenterUtilisation> {
  if ((await existingCenterIds(db, [centerId])).length === 0) throw facilityErrors.centerMissing(centerId);
  const fallback = defaultPeriod();
  const to = query.to ?? fallback.to;
  const from = query.from ?? addDays(to, 1 - UTILISATION_WINDOW_DAYS);
  assertNoProblems(to < from ? [{ path: 'to', message: tr(m.periodOrder, { from, to }) }] : []);
  const byCenter = await facilityUtilisationByCenter(db, [centerId], { from, to });
  return { centerId, from, to, idleThreshold: IDLE_THRESHOLD, facilities: byCenter.get(centerId) ?? [] };
}
