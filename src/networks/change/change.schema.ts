import { z } from 'zod';
import { DateSchema, IsoDateSchema } from '../../shared/dates.ts';
import { tr } from '../../shared/i18n.ts';
import { CenterIndicatorsSchema } from '../analysis/analysis.schema.ts';
import { NetworkTieSchema } from '../view/network.schema.ts';

/** `GET /centers/:id/network/change`: two dates, `from` before `to`. */
export const NetworkChangeQuerySchema = z
  .object({ from: DateSchema, to: DateSchema })
  .strict()
  .refine((q) => q.from < q.to, {
    path: ['to'],
    error: () =>
      tr({
        id: 'Tanggal akhir (to) harus sesudah tanggal awal (from).',
        en: 'To date must be after from date.',
      }),
  });

/** `GET /api/centers/:id/network/change?from=&to=`: ties gained, lost and flipped between two dates. */
export const NetworkChangeSchema = z.object({
  centerId: z.uuid(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  gained: z.array(NetworkTieSchema),
  lost: z.array(NetworkTieSchema),
  /** Pairs whose tie changed sign (collaboration ↔ conflict) between the dates. */
  flipped: z.array(
    z.object({ source: z.uuid(), target: z.uuid(), from: NetworkTieSchema, to: NetworkTieSchema }),
  ),
  indicatorsFrom: CenterIndicatorsSchema,
  indicatorsTo: CenterIndicatorsSchema,
});
export type NetworkChange = z.infer<typeof NetworkChangeSchema>;
