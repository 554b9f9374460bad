import { z } from 'zod';
import { DateSchema, IsoDateSchema } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';

/** `?from=&to=`: both optional (default the last 12 months up to today); `from` not after `to`. */
export const PartnershipKpisQuerySchema = z
  .object({ from: DateSchema.optional(), to: DateSchema.optional() })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    error: () =>
      tr({
        id: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
        en: 'To date must not be before from date.',
      }),
  });
/** The query of the partnership KPIs. */
export type PartnershipKpisQuery = z.infer<typeof PartnershipKpisQuerySchema>;

const Share = z.number().min(0).max(1).nullable();

/** One centre's partnership KPIs over a period: aggregates only, no firm is named. */
export const PartnershipKpisSchema = z.object({
  centerId: z.uuid(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  requests: z.number().int(),
  invitationsSent: z.number().int(),
  invitationsAnswered: z.number().int(),
  responseRate: Share,
  realisedRequests: z.number().int(),
  conversion: Share,
  awardedRequests: z.number().int(),
  medianDaysToAward: z.number().nullable(),
  awardedVolume: z.number(),
  microVolume: z.number(),
  microShare: Share,
  awardGini: Share,
  giniByQuarter: z.array(z.object({ quarter: z.string(), gini: Share, volume: z.number() })),
  pools: z.number().int(),
  poolSavings: z.number(),
  poolSavingsShare: z.number().max(1).nullable(),
});
/** One centre's partnership KPIs. */
export type PartnershipKpis = z.infer<typeof PartnershipKpisSchema>;

/** A region's partnership totals on the overview (issue #18 point 6): the centres' KPIs that add up. */
export const RegionPartnershipTotalsSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  requests: z.number().int(),
  responseRate: Share,
  conversion: Share,
  poolSavings: z.number(),
  poolSavingsShare: z.number().max(1).nullable(),
});
/** A region's partnership totals. */
export type RegionPartnershipTotals = z.infer<typeof RegionPartnershipTotalsSchema>;
