import { z } from 'zod';
import { KBLI_EXPECTED, patternError } from './pattern-error.ts';
import { singleLine } from './text.ts';

/** A KBLI (Indonesian standard industrial classification) code with the edition it belongs to. */
export const KbliEntrySchema = z
  .object({
    code: singleLine().regex(/^\d{2,5}$/, patternError(KBLI_EXPECTED)),
    version: z.enum(['2020', '2025']),
    title: singleLine().max(300).optional(),
  })
  .strict();
export type KbliEntry = z.infer<typeof KbliEntrySchema>;
