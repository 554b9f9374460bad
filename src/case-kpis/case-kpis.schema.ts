import { z } from 'zod';
import { CASE_STATUSES, CASE_TYPES } from '../cases/cases.constants.ts';
import { IsoDateSchema } from '../shared/dates.ts';

/** A count shown only from 3 cases up (null below: "< 3"), so no single confidential case can be read off. */
const Cell = z.number().int().nullable();
const Share = z.number().min(0).max(1).nullable();

/** Conflict-case KPIs over a period (issue #19 point 1): suppressed aggregates, no case, party or text. */
export const CaseKpisSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  cases: Cell,
  byType: z.array(z.object({ caseType: z.enum(CASE_TYPES), count: Cell })),
  byStatus: z.array(z.object({ status: z.enum(CASE_STATUSES), count: Cell })),
  ended: Cell,
  resolved: Cell,
  resolutionRate: Share,
  agreements: Cell,
  medianDaysToAgreement: z.number().nullable(),
  recurrent: Cell,
  recurrenceRate: Share,
  commitmentsDue: Cell,
  commitmentsKeptOnTime: Cell,
  keptOnTimeShare: Share,
});
/** Conflict-case KPIs over a period. */
export type CaseKpis = z.infer<typeof CaseKpisSchema>;

/** One centre's conflict-case KPIs. */
export const CenterCaseKpisSchema = CaseKpisSchema.extend({ centerId: z.uuid() });
/** One centre's conflict-case KPIs. */
export type CenterCaseKpis = z.infer<typeof CenterCaseKpisSchema>;

/** A region's conflict-case KPIs over all its centres. */
export const RegionCaseKpisSchema = CaseKpisSchema.extend({
  regionCode: z.string(),
  centers: z.number().int(),
});
/** A region's conflict-case KPIs. */
export type RegionCaseKpis = z.infer<typeof RegionCaseKpisSchema>;
