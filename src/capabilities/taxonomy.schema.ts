import { z } from 'zod';
import { patternError } from '../shared/pattern-error.ts';
import { singleLine } from '../shared/text.ts';

const CODE_PART = /^[a-z][a-z0-9_]{1,39}$/;
const CODE_EXPECTED = {
  id: '{label} ditulis 2–40 huruf kecil, angka atau garis bawah, diawali huruf, mis. batik atau lasting.',
  en: '{label} is 2–40 lower-case letters, digits or underscores, starting with a letter, e.g. batik or lasting.',
};
const label = () => singleLine().trim().min(1).max(120);

/** One process of a sector: coded `sector.process`, named in both languages. */
export const ProcessSchema = z.object({
  /** The process code, `sector.process` (`batik.nyorek`). */
  code: z.string(),
  /** The sector it belongs to. */
  sectorCode: z.string(),
  /** Its name in Bahasa Indonesia. */
  labelId: z.string(),
  /** Its name in English. */
  labelEn: z.string(),
  /** Archived processes are not offered for new profiles; profiles that have one keep it. */
  archived: z.boolean(),
});
export type Process = z.infer<typeof ProcessSchema>;

/** A sector of the taxonomy with its processes in their order. */
export const ProcessSectorSchema = z.object({
  /** The sector code (`batik`). */
  code: z.string(),
  labelId: z.string(),
  labelEn: z.string(),
  archived: z.boolean(),
  processes: z.array(ProcessSchema),
});
export type ProcessSector = z.infer<typeof ProcessSectorSchema>;

/** Query of `GET /api/process-sectors`: archived sectors and processes only when asked. */
export const TaxonomyQuerySchema = z
  .object({
    includeArchived: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
  })
  .strict();

/** Body of `POST /api/process-sectors`: a new sector, added by a Dinas without a release. */
export const ProcessSectorCreateSchema = z
  .object({
    /** The new sector's code: lower-case letters, digits, underscores. */
    sectorCode: singleLine().trim().regex(CODE_PART, patternError(CODE_EXPECTED)),
    /** Its name in Bahasa Indonesia. */
    labelId: label(),
    /** Its name in English. */
    labelEn: label(),
  })
  .strict();
export type ProcessSectorCreate = z.infer<typeof ProcessSectorCreateSchema>;

/** Body of `POST /api/process-sectors/:sectorCode/processes`: the process part of the code and its names. */
export const ProcessCreateSchema = z
  .object({
    /** The process part of the code (`nyorek` becomes `batik.nyorek`). */
    processCode: singleLine().trim().regex(CODE_PART, patternError(CODE_EXPECTED)),
    labelId: label(),
    labelEn: label(),
  })
  .strict();
export type ProcessCreate = z.infer<typeof ProcessCreateSchema>;

/** Path of the routes under one sector. */
export const SectorParamsSchema = z.object({ sectorCode: singleLine().max(100) });
/** Path of the routes of one process. */
export const ProcessParamsSchema = z.object({ processCode: singleLine().max(100) });
