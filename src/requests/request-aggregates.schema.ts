import { z } from 'zod';
import { RegionCodeSchema } from '../regions/regions.schema.ts';
import { DateSchema, IsoDateSchema } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';
import { REQUEST_STATUSES } from './requests.constants.ts';

/** The smallest count a cell may show: a cell of 1 or 2 requests (or firms) could point at a firm. */
export const MIN_CELL = 3;

/** `?regionCode=&centerId=&from=&to=`: all optional; the period defaults to the last 12 months. */
export const RequestAggregatesQuerySchema = z
  .object({
    regionCode: RegionCodeSchema.optional(),
    centerId: z.uuid().optional(),
    from: DateSchema.optional(),
    to: DateSchema.optional(),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    error: () =>
      tr({
        id: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
        en: 'To date must not be before from date.',
      }),
  });
/** The query of the request aggregates. */
export type RequestAggregatesQuery = z.infer<typeof RequestAggregatesQuerySchema>;

/** A count, or null when it is under `MIN_CELL` (or hidden so that a hidden one cannot be recovered). */
const Cell = z.number().int().nullable();

/** The size classes of PP 7/2021 by which awarded volume is split; `unknown` when a firm has no figures. */
export const AGGREGATE_SIZE_CLASSES = ['micro', 'small', 'medium', 'large', 'unknown'] as const;

/**
 * Requests for quotation / order sharing in aggregate, for researchers (issue #18): counts and rates over
 * the requests of a period (a request's day is its publication, else its creation), never a firm's name
 * or id. A null cell is suppressed (fewer than 3 behind it).
 */
export const RequestAggregatesSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  /** All requests of the period in the reader's scope and the filters. */
  requests: Cell,
  /** Requests per status, statuses with none left out. */
  byStatus: z.array(z.object({ status: z.enum(REQUEST_STATUSES), count: Cell })),
  /** Requests per process asked for (a request asking two processes counts in both). */
  byProcess: z.array(z.object({ processCode: z.string(), count: Cell })),
  /** Requests per calendar quarter (`2026-Q1`). */
  byQuarter: z.array(z.object({ quarter: z.string(), count: Cell })),
  /** Invitations sent and those answered with a quote. */
  invitations: Cell,
  answered: Cell,
  /** Answered ÷ invited; null when suppressed or nothing was sent. */
  responseRate: z.number().min(0).max(1).nullable(),
  /** Requests awarded and the median days from publication to award (null under 3 awarded requests). */
  awardedRequests: Cell,
  medianDaysToAward: z.number().nullable(),
  /** Awarded volume (units as posted) by the PP 7/2021 size class of the firm; volume null under 3 firms. */
  awardedVolumeBySize: z.array(
    z.object({ sizeClass: z.enum(AGGREGATE_SIZE_CLASSES), firms: Cell, volume: z.number().nullable() }),
  ),
});
/** Request aggregates of a period. */
export type RequestAggregates = z.infer<typeof RequestAggregatesSchema>;
