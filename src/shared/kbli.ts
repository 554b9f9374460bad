import { z } from 'zod';

/** A KBLI (Indonesian standard industrial classification) code with the edition it belongs to. */
export const KbliEntrySchema = z
  .object({
    code: z.string().regex(/^\d{2,5}$/, 'KBLI code is 2–5 digits'),
    version: z.enum(['2020', '2025']),
    title: z.string().max(300).optional(),
  })
  .strict();
export type KbliEntry = z.infer<typeof KbliEntrySchema>;
