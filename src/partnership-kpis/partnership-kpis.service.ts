import type { Db } from '../db/database.ts';
import { umkmClass } from '../enterprises/size-classes.ts';
import { sizeInputsOf } from '../enterprises/year-data.service.ts';
import { poolSavings } from '../pools/pool-kpi.ts';
import { errors } from '../shared/errors.ts';
import { todayWib } from '../shared/periods.ts';
import { partnershipKpis } from './kpis.ts';
import {
  type AwardRow,
  awardRows,
  cohortRows,
  invitationRows,
  type KpiPeriod,
  memberIdRows,
} from './partnership-kpis.repo.ts';
import type { PartnershipKpis, PartnershipKpisQuery } from './partnership-kpis.schema.ts';

/** The period asked for: `to` defaults to today (WIB), `from` to the day after `to` one year earlier. */
export function kpiPeriod(query: PartnershipKpisQuery, today = todayWib()): KpiPeriod {
  const to = query.to ?? today;
  if (query.from) return { from: query.from, to };
  const start = new Date(`${to}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  start.setUTCDate(start.getUTCDate() + 1);
  return { from: start.toISOString().slice(0, 10), to };
}

/**
 * The partnership KPIs of every centre of `centerIds` over `period`, one query per table family whatever
 * the number of centres (the comparison asks for many at once).
 */
export async function partnershipKpisFor(
  db: Db,
  centerIds: readonly string[],
  period: KpiPeriod,
): Promise<PartnershipKpis[]> {
  const ids = [...new Set(centerIds)];
  const cohort = await cohortRows(db, ids, period);
  const requestIds = [...new Set(cohort.map((r) => r.request_id))];
  const [invitations, awards, members, pools] = await Promise.all([
    invitationRows(db, requestIds),
    awardRows(db, requestIds),
    memberIdRows(db, ids, period.to),
    poolSavings(db, ids, period),
  ]);
  const awardInputs = awards.map((a) => ({
    requestId: a.request_id,
    enterpriseId: a.enterprise_id,
    quantity: a.quantity,
    awardedOn: a.awarded_on,
    realised: a.realised,
    micro: isMicro(a),
  }));
  const invitationInputs = invitations.map((i) => ({ requestId: i.request_id, answered: i.answered }));
  return ids.map((centerId) => ({
    ...partnershipKpis({
      centerId,
      requests: cohort
        .filter((r) => r.center_id === centerId)
        .map((r) => ({ requestId: r.request_id, publishedAt: r.published_at, awardedAt: r.awarded_at })),
      invitations: invitationInputs,
      awards: awardInputs,
      memberIds: members.filter((m) => m.center_id === centerId).map((m) => m.enterprise_id),
      pools: pools.find((p) => p.centerId === centerId) ?? null,
    }),
    from: period.from,
    to: period.to,
  }));
}

/** Micro under PP 7/2021 (sales, else capital), as matching decides it; no figures counts as not micro. */
function isMicro(row: AwardRow): boolean {
  if (row.year === null) return false;
  return umkmClass(sizeInputsOf({ ...row, year: row.year })).class === 'micro';
}

/** One centre's partnership KPIs over `period`. */
export async function centerPartnershipKpis(
  db: Db,
  centerId: string,
  period: KpiPeriod,
): Promise<PartnershipKpis> {
  const [kpis] = await partnershipKpisFor(db, [centerId], period);
  if (!kpis) throw errors.notFound('center', centerId);
  return kpis;
}
