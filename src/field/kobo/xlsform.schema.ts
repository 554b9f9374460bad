import { z } from 'zod';
import { FORM_QUESTIONNAIRES } from './form-questionnaires.ts';

/** Path of `GET /api/field/xlsform/:questionnaire.xlsx`. */
export const XlsFormParamsSchema = z.object({ questionnaire: z.enum(FORM_QUESTIONNAIRES) }).strict();

/** Query of `GET /api/field/xlsform/:questionnaire.xlsx`. */
export const XlsFormQuerySchema = z
  .object({
    /** The centre whose members the form offers; without it, names are typed. */
    centerId: z.uuid().optional(),
  })
  .strict();
