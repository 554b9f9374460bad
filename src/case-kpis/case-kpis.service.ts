import type { CaseStatus, CaseType } from '../cases/cases.constants.ts';
import type { Db } from '../db/database.ts';
import type { KpiPeriod } from '../partnership-kpis/partnership-kpis.repo.ts';
import { findRegion } from '../regions/regions.repo.ts';
import { errors } from '../shared/errors.ts';
import { todayWib } from '../shared/periods.ts';
import {
  type CaseKpiRow,
  type CommitmentKpiRow,
  caseKpiRows,
  centerIdsInRegion,
  commitmentKpiRows,
} from './case-kpis.repo.ts';
import type { CaseKpis, CenterCaseKpis, RegionCaseKpis } from './case-kpis.schema.ts';
import { caseKpis, yearBefore } from './case-kpis.ts';

/**
 * The KPIs of the cases of `centerIds` taken together (one centre, or a region's centres), over `period`;
 * cases back to a year before `from` are read only to find recurrences. Two queries whatever the number.
 */
export async function caseKpisOver(
  db: Db,
  centerIds: readonly string[],
  period: KpiPeriod,
  today = todayWib(),
): Promise<CaseKpis> {
  const { rows, commitments } = await readRows(db, centerIds, period);
  return caseKpis(inputOf(rows, commitments, period, today));
}

/** Each centre's own case KPIs, for the comparison: the same two queries for any number of centres. */
export async function caseKpisFor(
  db: Db,
  centerIds: readonly string[],
  period: KpiPeriod,
  today = todayWib(),
): Promise<Map<string, CenterCaseKpis>> {
  const { rows, commitments } = await readRows(db, centerIds, period);
  return new Map(
    centerIds.map((centerId) => {
      const own = rows.filter((r) => r.center_id === centerId);
      return [centerId, { ...caseKpis(inputOf(own, commitments, period, today)), centerId }];
    }),
  );
}

async function readRows(db: Db, centerIds: readonly string[], period: KpiPeriod) {
  const rows = await caseKpiRows(db, centerIds, yearBefore(period.from), period.to);
  const inPeriod = rows.filter((r) => r.reported_on >= period.from).map((r) => r.id);
  return { rows, commitments: await commitmentKpiRows(db, inPeriod) };
}

function inputOf(rows: CaseKpiRow[], commitments: CommitmentKpiRow[], period: KpiPeriod, today: string) {
  return {
    ...period,
    today,
    cases: rows.map((r) => ({
      id: r.id,
      caseType: r.type as CaseType,
      status: r.status as CaseStatus,
      reportedOn: r.reported_on,
      agreedOn: r.agreed_on,
      parties: r.parties,
    })),
    commitments: commitments.map((c) => ({
      caseId: c.case_id,
      dueOn: c.due_on,
      state: c.state as 'open' | 'kept' | 'missed',
      markedOn: c.marked_on,
    })),
  };
}

/** One centre's case KPIs (the policy has already answered 404 for an unknown centre). */
export async function centerCaseKpis(db: Db, centerId: string, period: KpiPeriod): Promise<CenterCaseKpis> {
  return { ...(await caseKpisOver(db, [centerId], period)), centerId };
}

/** A region's case KPIs over all its live centres; 404 for an unknown region. */
export async function regionCaseKpis(db: Db, code: string, period: KpiPeriod): Promise<RegionCaseKpis> {
  const centerIds = await centerIdsInRegion(db, code);
  if (centerIds.length === 0 && !(await findRegion(db, code))) throw errors.notFound('region', code);
  return { ...(await caseKpisOver(db, centerIds, period)), regionCode: code, centers: centerIds.length };
}
