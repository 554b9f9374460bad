import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { umkmClass } from '../enterprises/size-classes.ts';
import { sizeInputsOf } from '../enterprises/year-data.service.ts';
import { type AwardRow, awardRows, invitationRows } from '../partnership-kpis/partnership-kpis.repo.ts';
import { kpiPeriod } from '../partnership-kpis/partnership-kpis.service.ts';
import { requestAggregatesPolicy } from './request-aggregates.policy.ts';
import { aggregateRequestRows } from './request-aggregates.repo.ts';
import type { RequestAggregates, RequestAggregatesQuery } from './request-aggregates.schema.ts';
import { type AggregateAward, requestAggregates } from './request-aggregates.ts';

/**
 * The request aggregates `actor` may read for `query` (period as the partnership KPIs default it), counted
 * from the same invitation and award rows as the centre KPIs so that both screens agree.
 */
export async function queryRequestAggregates(
  db: Db,
  actor: Actor,
  query: RequestAggregatesQuery,
): Promise<RequestAggregates> {
  const period = kpiPeriod(query);
  const requests = await aggregateRequestRows(db, {
    scope: requestAggregatesPolicy.scope(actor),
    regionCode: query.regionCode,
    centerId: query.centerId,
    ...period,
  });
  const ids = requests.map((r) => r.id);
  const [invitations, awards] = await Promise.all([invitationRows(db, ids), awardRows(db, ids)]);
  return requestAggregates({
    ...period,
    requests: requests.map((r) => ({
      requestId: r.id,
      status: r.status,
      processCodes: r.process_codes,
      day: r.day,
      publishedAt: r.published_at,
      awardedAt: r.awarded_at,
    })),
    invitations: invitations.map((i) => ({ requestId: i.request_id, answered: i.answered })),
    awards: awards.map((a) => ({
      requestId: a.request_id,
      enterpriseId: a.enterprise_id,
      quantity: a.quantity,
      sizeClass: sizeClassOf(a),
    })),
  });
}

/** The firm's PP 7/2021 class at the award (sales, else capital), `unknown` without figures. */
function sizeClassOf(row: AwardRow): AggregateAward['sizeClass'] {
  if (row.year === null) return 'unknown';
  const value = umkmClass(sizeInputsOf({ ...row, year: row.year })).class;
  return value === 'micro' || value === 'small' || value === 'medium' || value === 'large'
    ? value
    : 'unknown';
}
